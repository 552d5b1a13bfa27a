; Inno Setup 6 script: the Windows installer of Phone Self-Check (Start-menu shortcut, uninstaller,
; version info, and a note with links about the USB driver a phone may need on Windows).
;
; installer/build.py compiles it after building the bundle, passing the version and folders:
;   iscc /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=dist\phone-selfcheck /DOutputDir=dist /DIconFile=...\phone-selfcheck.ico phone-selfcheck.iss
; Not built yet: written and reviewed on Linux, see docs/packaging.md.
; Saved as UTF-8 with a byte-order mark: Inno Setup reads the translated messages below correctly only then.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; Windows version resources take four numbers only (0.1.0rc1 -> 0.1.0.0).
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\phone-selfcheck"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Phone Self-Check"
#define AppExe "phone-selfcheck.exe"
; Google's USB driver (Pixel and Nexus phones) and Google's list of phone makers' driver pages.
#define GoogleDriverUrl "https://developer.android.com/studio/run/win-usb"
#define OemDriverUrl "https://developer.android.com/studio/run/oem-usb"

[Setup]
; Never change AppId: Windows finds the installed copy (upgrade, uninstall) by it.
AppId={{E4B4CB9B-DB4F-46B0-88A6-B99F2CE399BD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Check your Android phone against your employer's app ban, and prove it.
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
VersionInfoCopyright=EUPL-1.2
; Per user by default, so no administrator is needed; an administrator may still install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#OutputDir}
OutputBaseFilename=phone-selfcheck-{#AppVersion}-windows-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; PySide6 wheels exist for 64-bit Windows 10 and 11 only.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"; InfoAfterFile: "usb-driver-en.txt"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"; InfoAfterFile: "usb-driver-nl.txt"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"; InfoAfterFile: "usb-driver-fr.txt"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"; InfoAfterFile: "usb-driver-de.txt"

[CustomMessages]
en.GoogleDriverLink=USB driver for Google Pixel phones
nl.GoogleDriverLink=USB-stuurprogramma voor Google Pixel-telefoons
fr.GoogleDriverLink=Pilote USB pour téléphones Google Pixel
de.GoogleDriverLink=USB-Treiber für Google-Pixel-Telefone
en.OemDriverLink=USB drivers of other phone makers
nl.OemDriverLink=USB-stuurprogramma's van andere telefoonmerken
fr.OemDriverLink=Pilotes USB des autres fabricants de téléphones
de.OemDriverLink=USB-Treiber anderer Telefonhersteller
en.CommandLine=Phone Self-Check command line
nl.CommandLine=Phone Self-Check opdrachtregel
fr.CommandLine=Phone Self-Check en ligne de commande
de.CommandLine=Phone Self-Check Befehlszeile

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer PySide6 no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "PhoneSelfCheck.PhoneSelfCheck"
; The console program opens in a terminal that stays, so a helpdesk agent can type commands.
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\phone-selfcheck-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:GoogleDriverLink}"; Filename: "{#GoogleDriverUrl}"
Name: "{group}\{cm:OemDriverLink}"; Filename: "{#OemDriverUrl}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder. The ADB key, the register and receipts
; live in the user's data and documents folders and are never removed by the uninstaller.
Type: filesandordirs; Name: "{app}\_internal"
