<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_BE" sourcelanguage="en">
<context>
    <name>AdvisoryPage</name>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="64"/>
        <source>Advice for your personal phone</source>
        <translation>Empfehlung für Ihr privates Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="67"/>
        <source>The ban does not cover this phone, so you do not have to remove the app. Your employer advises you not to keep it, for these reasons.</source>
        <translation>Dieses Smartphone fällt nicht unter das Verbot. Sie müssen die App also nicht entfernen. Ihr Arbeitgeber empfiehlt Ihnen jedoch aus den folgenden Gründen, sie nicht zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="72"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="77"/>
        <source>I have &amp;read this advice</source>
        <translation>Ich habe diese Empfehlung &amp;gelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="78"/>
        <location filename="../../app/gui/pages/advisory.py" line="79"/>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="81"/>
        <source>Remove it &amp;anyway…</source>
        <translation>&amp;Trotzdem entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="82"/>
        <source>Ac&amp;knowledge and continue</source>
        <translation>&amp;Bestätigen und weiter</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="146"/>
        <source>nothing is removed without --yes: run &apos;scan&apos; first to see what would be removed</source>
        <translation>ohne --yes wird nichts entfernt: Führen Sie zuerst &apos;scan&apos; aus, um zu sehen, was entfernt würde</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="163"/>
        <source>Nothing had to be removed.</source>
        <translation>Es musste nichts entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="176"/>
        <source>No phone was found. Plug the phone in with a data cable, unlock it and turn on USB debugging; or try the simulated phone with --device demo.</source>
        <translation>Es wurde kein Smartphone gefunden. Schließen Sie das Smartphone mit einem Datenkabel an, entsperren Sie es und schalten Sie USB-Debugging ein; oder probieren Sie das simulierte Smartphone mit --device demo aus.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202"/>
        <source>Simulated phone &apos;{0}&apos; is listening on 127.0.0.1:{1}.</source>
        <translation>Simuliertes Smartphone „{0}“ wartet auf 127.0.0.1:{1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="204"/>
        <source>Connect with: adb connect 127.0.0.1:{0}   (Ctrl-C stops it)</source>
        <translation>Verbinden mit: adb connect 127.0.0.1:{0}   (Ctrl-C beendet es)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="256"/>
        <source>The simulated phone could not be started: {0}</source>
        <translation>Das simulierte Smartphone konnte nicht gestartet werden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="266"/>
        <source>A file could not be written: {0}</source>
        <translation>Eine Datei konnte nicht geschrieben werden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="269"/>
        <source>The policy file could not be used: {0}</source>
        <translation>Die Richtliniendatei konnte nicht verwendet werden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="274"/>
        <source>Something unexpected went wrong ({0}). Run again with --debug and tell your helpdesk.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten ({0}). Führen Sie den Befehl erneut mit --debug aus und informieren Sie Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="168"/>
        <source>The advisory is for phones the ban does not cover; --acknowledge-advisory was not recorded.</source>
        <translation>Die Empfehlung gilt nur für Smartphones, die nicht unter das Verbot fallen; --acknowledge-advisory wurde nicht vermerkt.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="195"/>
        <source>Advice (acknowledged): {0}</source>
        <translation>Empfehlung (zur Kenntnis genommen): {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="197"/>
        <source>Advice (not acknowledged): {0}</source>
        <translation>Empfehlung (nicht zur Kenntnis genommen): {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="199"/>
        <source>Receipt written:</source>
        <translation>Nachweis gespeichert:</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="205"/>
        <source>The receipt was written, but the register could not record it: {0}</source>
        <translation>Der Nachweis wurde gespeichert, konnte aber nicht ins Register eingetragen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="229"/>
        <source>The receipt file {0} cannot be read ({1}).</source>
        <translation>Die Nachweisdatei {0} kann nicht gelesen werden ({1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="238"/>
        <source>Receipt of {0}, checked {1}, {2} {3}: {4}.</source>
        <translation>Nachweis für {0}, geprüft am {1}, {2} {3}: {4}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt holds.</source>
        <translation>Der Nachweis ist gültig.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt does NOT hold.</source>
        <translation>Der Nachweis ist NICHT gültig.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="171"/>
        <source>Simulated phone ({0})</source>
        <translation>Simuliertes Smartphone ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="173"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="174"/>
        <source>waiting for you to tap Allow</source>
        <translation>wartet darauf, dass Sie auf „Zulassen“ tippen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="175"/>
        <source>this computer may not open it</source>
        <translation>dieser Computer darf nicht darauf zugreifen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="176"/>
        <source>USB debugging is off</source>
        <translation>USB-Debugging ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="177"/>
        <source>used by another program</source>
        <translation>wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="178"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="193"/>
        <source>A phone is connected, but it is not ready yet.</source>
        <translation>Ein Smartphone ist angeschlossen, aber noch nicht bereit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="195"/>
        <source>Follow the steps below. The phone is picked up by itself as soon as it is ready.</source>
        <translation>Folgen Sie den Schritten unten. Das Smartphone wird automatisch erkannt, sobald es bereit ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="198"/>
        <source>Looking for your phone…</source>
        <translation>Ihr Smartphone wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="200"/>
        <source>Follow the steps below. The phone is picked up by itself within a second or two.</source>
        <translation>Folgen Sie den Schritten unten. Das Smartphone wird innerhalb von ein bis zwei Sekunden automatisch erkannt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="204"/>
        <source>Several phones are connected.</source>
        <translation>Mehrere Smartphones sind angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="205"/>
        <source>Choose the phone to check, then press Connect.</source>
        <translation>Wählen Sie das zu prüfende Smartphone aus und klicken Sie dann auf „Verbinden“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="208"/>
        <source>Phone found: {0}</source>
        <translation>Smartphone gefunden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="209"/>
        <source>Press Connect. Keep the phone unlocked.</source>
        <translation>Klicken Sie auf „Verbinden“. Lassen Sie das Smartphone entsperrt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="211"/>
        <source>Connecting to the phone…</source>
        <translation>Verbindung zum Smartphone wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="212"/>
        <source>Keep the phone unlocked. This takes a few seconds.</source>
        <translation>Lassen Sie das Smartphone entsperrt. Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="214"/>
        <source>Look at your phone and tap Allow</source>
        <translation>Schauen Sie auf Ihr Smartphone und tippen Sie auf „Zulassen“</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="224"/>
        <source>Connect your phone</source>
        <translation>Ihr Smartphone anschließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="227"/>
        <source>Plug your Android phone into this computer with a USB cable. The first time, the phone must allow this computer to read it (this is called USB debugging).</source>
        <translation>Schließen Sie Ihr Android-Smartphone mit einem USB-Kabel an diesen Computer an. Beim ersten Mal muss das Smartphone diesem Computer erlauben, es auszulesen (das nennt sich USB-Debugging).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="231"/>
        <source>&amp;Phones:</source>
        <translation>Smart&amp;phones:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="232"/>
        <source>Connected phones</source>
        <translation>Angeschlossene Smartphones</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="235"/>
        <source>Your phone asks &quot;Allow USB debugging?&quot;. Check that the code it shows is the same as this one, tick &quot;Always allow from this computer&quot; if you like, and tap Allow.</source>
        <translation>Ihr Smartphone fragt „USB-Debugging zulassen?“. Prüfen Sie, ob der dort angezeigte Code mit dem Code hier übereinstimmt. Setzen Sie auf Wunsch ein Häkchen bei „Von diesem Computer immer zulassen“ und tippen Sie auf „Zulassen“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="239"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck dieses Computers</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>1. Plug in and unlock</source>
        <translation>1. Anschließen und entsperren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>Use a cable that carries data. Unlock the phone.</source>
        <translation>Verwenden Sie ein Kabel, das Daten überträgt. Entsperren Sie das Smartphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="243"/>
        <source>2. Developer options</source>
        <translation>2. Entwickleroptionen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="245"/>
        <source>Settings &gt; About phone: tap Build number seven times. Samsung: About phone &gt; Software information. Xiaomi: About phone &gt; MIUI version. Pixel: About phone &gt; Build number.</source>
        <translation>Einstellungen &gt; Über das Telefon: Tippen Sie siebenmal auf „Build-Nummer“. Samsung: Über das Telefon &gt; Softwareinformationen. Xiaomi: Über das Telefon &gt; MIUI-Version. Pixel: Über das Telefon &gt; Build-Nummer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="250"/>
        <source>3. USB debugging</source>
        <translation>3. USB-Debugging</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="251"/>
        <source>Settings &gt; System &gt; Developer options: turn on USB debugging.</source>
        <translation>Einstellungen &gt; System &gt; Entwickleroptionen: Schalten Sie „USB-Debugging“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="254"/>
        <source>4. Cable mode</source>
        <translation>4. USB-Modus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="255"/>
        <source>If nothing happens, pull down the notification and choose File transfer.</source>
        <translation>Falls nichts passiert: Wischen Sie vom oberen Bildschirmrand nach unten, tippen Sie auf die USB-Benachrichtigung und wählen Sie „Dateiübertragung“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="261"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="262"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="263"/>
        <source>Connect to the phone</source>
        <translation>Mit dem Smartphone verbinden</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../app/device/errors.py" line="17"/>
        <source>The phone could not be read.</source>
        <translation>Das Smartphone konnte nicht ausgelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="18"/>
        <source>Unplug the phone, plug it in again and retry.</source>
        <translation>Trennen Sie das Smartphone vom Computer, schließen Sie es wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="33"/>
        <source>No phone was found.</source>
        <translation>Es wurde kein Smartphone gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="34"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging in Developer options.</source>
        <translation>Schließen Sie das Smartphone mit einem USB-Kabel an, das Daten überträgt, entsperren Sie es und schalten Sie in den Entwickleroptionen „USB-Debugging“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="43"/>
        <source>More than one phone is connected.</source>
        <translation>Es ist mehr als ein Smartphone angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="44"/>
        <source>Unplug the other phones, or name one with --device usb:SERIAL.</source>
        <translation>Trennen Sie die anderen Smartphones vom Computer oder wählen Sie eines mit --device usb:SERIAL aus.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="49"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>Das Smartphone fragt, ob USB-Debugging von diesem Computer zugelassen werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="52"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Entsperren Sie das Smartphone, tippen Sie in der Abfrage auf „Zulassen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="57"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>Die Abfrage „USB-Debugging zulassen?“ wurde auf dem Smartphone nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="58"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Entsperren Sie das Smartphone, suchen Sie die Abfrage „USB-Debugging zulassen?“, tippen Sie auf „Zulassen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="65"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>Das Smartphone hat USB-Debugging von diesem Computer abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="66"/>
        <source>Unplug and plug the phone in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Trennen Sie das Smartphone vom Computer, schließen Sie es wieder an und tippen Sie auf „Zulassen“, wenn es nachfragt. Falls es nie nachfragt, wählen Sie Entwickleroptionen &gt; „USB-Debugging-Autorisierungen aufheben“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="75"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Ein anderes Programm auf diesem Computer verwendet bereits die USB-Verbindung des Smartphones.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="78"/>
        <source>Close Android Studio or other phone tools, or run &apos;adb kill-server&apos;, or use --device adb:SERIAL to go through the running adb server.</source>
        <translation>Schließen Sie Android Studio oder andere Smartphone-Programme, führen Sie &apos;adb kill-server&apos; aus oder verwenden Sie --device adb:SERIAL, um über den laufenden adb-Server zu verbinden.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="87"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Dieser Computer erlaubt diesem Programm nicht, die USB-Verbindung des Smartphones zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="90"/>
        <source>On Linux, install the Android udev rule (resources/udev/51-android.rules) into /etc/udev/rules.d/, run &apos;sudo udevadm control --reload-rules&apos;, then unplug and plug the phone in again.</source>
        <translation>Installieren Sie unter Linux die Android-udev-Regel (resources/udev/51-android.rules) in /etc/udev/rules.d/, führen Sie &apos;sudo udevadm control --reload-rules&apos; aus, trennen Sie dann das Smartphone und schließen Sie es wieder an.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="99"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows hat keinen verwendbaren USB-Treiber für dieses Smartphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="100"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installieren Sie den USB-Treiber des Smartphone-Herstellers (bei Pixel-Smartphones den USB-Treiber von Google) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="108"/>
        <source>USB access is not available on this computer.</source>
        <translation>Der USB-Zugriff ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="109"/>
        <source>Reinstall Phone Self-Check, or connect through the adb server with --device adb:SERIAL.</source>
        <translation>Installieren Sie Phone Self-Check neu oder verbinden Sie sich mit --device adb:SERIAL über den adb-Server.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="116"/>
        <source>The connection to the phone was lost.</source>
        <translation>Die Verbindung zum Smartphone wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="117"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Prüfen Sie das Kabel, lassen Sie das Smartphone entsperrt, schließen Sie es wieder an und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="124"/>
        <source>The phone stopped answering.</source>
        <translation>Das Smartphone antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="125"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Entsperren Sie das Smartphone, prüfen Sie das Kabel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="130"/>
        <source>The phone refused the connection.</source>
        <translation>Das Smartphone hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="131"/>
        <source>Check that USB (or wireless) debugging is on and the address is right, then try again.</source>
        <translation>Prüfen Sie, ob USB-Debugging (bzw. Debugging über WLAN) eingeschaltet und die Adresse richtig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="138"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>Die Antwort des Smartphones konnte nicht vollständig gelesen werden. Daher lässt sich nicht bestätigen, dass es frei von verbotenen Apps ist.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="141"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Trennen Sie das Smartphone vom Computer, schließen Sie es wieder an und versuchen Sie es erneut. Wenn das noch einmal vorkommt, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="150"/>
        <source>A command outside the allowed list was stopped before it reached the phone.</source>
        <translation>Ein nicht zugelassener Befehl wurde gestoppt, bevor er das Smartphone erreichte.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="153"/>
        <source>Nothing was sent. Please report this to your helpdesk.</source>
        <translation>Es wurde nichts gesendet. Bitte melden Sie dies Ihrem Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="158"/>
        <source>That device name is not understood.</source>
        <translation>Diese Gerätebezeichnung wird nicht erkannt.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="159"/>
        <source>Use usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL or demo[:PROFILE].</source>
        <translation>Verwenden Sie usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL oder demo[:PROFILE].</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="166"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>Der Verbindungsschlüssel dieses Computers für das Smartphone konnte nicht gelesen oder erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="169"/>
        <source>Check that your user folder is not full or read-only (or set PHONE_SELFCHECK_DATA_DIR to a writable folder), then try again.</source>
        <translation>Stellen Sie sicher, dass Ihr Benutzerordner nicht voll oder schreibgeschützt ist (oder setzen Sie PHONE_SELFCHECK_DATA_DIR auf einen beschreibbaren Ordner), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="180"/>
        <source>No adb server is running on this computer.</source>
        <translation>Auf diesem Computer läuft kein adb-Server.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="181"/>
        <source>Start it with &apos;adb start-server&apos;, or connect the phone directly with --device usb.</source>
        <translation>Starten Sie ihn mit &apos;adb start-server&apos; oder verbinden Sie das Smartphone direkt mit --device usb.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="43"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="44"/>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="71"/>
        <source>Disabled: counts as removed</source>
        <translation>Deaktiviert: gilt als entfernt</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="73"/>
        <source>Must be removed</source>
        <translation>Muss entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>Depends on who pays</source>
        <translation>Hängt davon ab, wer zahlt</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="76"/>
        <source>Removal advised</source>
        <translation>Entfernen empfohlen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="37"/>
        <source>Finished: tidy up your phone</source>
        <translation>Abgeschlossen: Räumen Sie Ihr Smartphone auf</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="38"/>
        <source>Thank you. Two last steps put your phone back as it was before the check.</source>
        <translation>Vielen Dank. Mit zwei letzten Schritten bringen Sie Ihr Smartphone wieder in den Zustand vor der Prüfung.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="41"/>
        <source>1. Forget this computer</source>
        <translation>1. Zugriff dieses Computers aufheben</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="42"/>
        <source>Settings &gt; System &gt; Developer options: tap Revoke USB debugging authorisations.</source>
        <translation>Einstellungen &gt; System &gt; Entwickleroptionen: Tippen Sie auf „USB-Debugging-Autorisierungen aufheben“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="45"/>
        <source>2. Turn USB debugging off</source>
        <translation>2. USB-Debugging ausschalten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="46"/>
        <source>In the same place, turn USB debugging off. You can also turn Developer options off.</source>
        <translation>Schalten Sie an derselben Stelle „USB-Debugging“ aus. Sie können auch die Entwickleroptionen ausschalten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="52"/>
        <source>You can now unplug your phone.</source>
        <translation>Sie können Ihr Smartphone jetzt vom Computer trennen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="53"/>
        <source>Check &amp;another phone</source>
        <translation>&amp;Weiteres Smartphone prüfen</translation>
    </message>
</context>
<context>
    <name>HelpdeskPanel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="142"/>
        <source>Export the register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="147"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="148"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="149"/>
        <source>&amp;Filter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="150"/>
        <source>Filter the history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="151"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="152"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="153"/>
        <source>Refresh the history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="63"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="64"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="65"/>
        <source>Employee no.</source>
        <translation>Personalnr.</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="66"/>
        <source>Agent</source>
        <translation>Helpdesk-Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="67"/>
        <source>Phone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="68"/>
        <source>Ownership</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="69"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="70"/>
        <source>Receipt</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="470"/>
        <source>The receipt could not be saved: {0}. Nothing was lost: try again, or choose another folder.</source>
        <translation>Der Nachweis konnte nicht gespeichert werden: {0}. Es ist nichts verloren gegangen: Versuchen Sie es erneut oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="502"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="503"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="504"/>
        <source>Who pays</source>
        <translation>Wer zahlt</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="505"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="506"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="507"/>
        <source>Receipt</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="508"/>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="522"/>
        <source>Phone Self-Check</source>
        <translation>Phone Self-Check</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="523"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="524"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="525"/>
        <source>&amp;Helpdesk mode</source>
        <translation>&amp;Helpdesk-Modus</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="526"/>
        <source>&amp;Next phone</source>
        <translation>&amp;Nächstes Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="528"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>Agent: {0}</source>
        <translation>Helpdesk-Mitarbeiter: {0}</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="67"/>
        <source>Reading what the phone says about itself…</source>
        <translation>Die Angaben des Smartphones werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="70"/>
        <source>This phone is managed by an organisation (device owner: {0}). Phones like this are usually paid for by the employer.</source>
        <translation>Dieses Smartphone wird von einer Organisation verwaltet (Geräteinhaber: {0}). Solche Smartphones werden in der Regel vom Arbeitgeber bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="75"/>
        <source>This phone has a work profile and says it is owned by an organisation. Phones like this are usually paid for by the employer.</source>
        <translation>Dieses Smartphone hat ein Arbeitsprofil und gibt an, Eigentum einer Organisation zu sein. Solche Smartphones werden in der Regel vom Arbeitgeber bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="80"/>
        <source>This phone has a work profile, but says it is not owned by an organisation. Phones like this are usually personal phones also used for work.</source>
        <translation>Dieses Smartphone hat ein Arbeitsprofil, gibt aber an, nicht Eigentum einer Organisation zu sein. Solche Smartphones sind in der Regel private Smartphones, die auch für die Arbeit genutzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="84"/>
        <source>This phone shows no management by an organisation. That is normal for personal phones, and for some service phones too.</source>
        <translation>Dieses Smartphone wird von keiner Organisation verwaltet. Das ist bei privaten Smartphones normal und kommt auch bei manchen Dienst-Smartphones vor.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="95"/>
        <source>You said you pay for this phone yourself, but the phone says an organisation manages it. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>Sie haben angegeben, dass Sie dieses Smartphone selbst bezahlen, laut dem Smartphone wird es aber von einer Organisation verwaltet. Bitte prüfen Sie, wer es bezahlt. Wenn Sie sich nicht sicher sind, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="102"/>
        <source>You said the authority pays for this phone, but it looks like a personal phone with a work profile. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>Sie haben angegeben, dass Ihr Arbeitgeber dieses Smartphone bezahlt, es sieht aber wie ein privates Smartphone mit Arbeitsprofil aus. Bitte prüfen Sie, wer es bezahlt. Wenn Sie sich nicht sicher sind, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="111"/>
        <source>Who pays for this phone?</source>
        <translation>Wer bezahlt dieses Smartphone?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="114"/>
        <source>The ban covers phones whose purchase, subscription or use is paid, fully or partly, by your employer. Personal phones used for work are not covered.</source>
        <translation>Das Verbot gilt für Smartphones, deren Anschaffung, Abonnement oder Nutzung ganz oder teilweise von Ihrem Arbeitgeber bezahlt wird. Private Smartphones, die Sie für die Arbeit nutzen, fallen nicht darunter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="118"/>
        <source>Who pays for the phone or its subscription?</source>
        <translation>Wer bezahlt das Smartphone oder das Abonnement?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="119"/>
        <source>My &amp;employer pays for all of it (a service phone)</source>
        <translation>&amp;Mein Arbeitgeber zahlt alles (Dienst-Smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="120"/>
        <source>My employer pays &amp;part of it (for example the subscription)</source>
        <translation>Mein Arbeitgeber zahlt einen &amp;Teil (zum Beispiel das Abonnement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="121"/>
        <source>I pay for all of it &amp;myself (a personal phone)</source>
        <translation>&amp;Ich zahle alles selbst (privates Smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="122"/>
        <source>What the phone says</source>
        <translation>Angaben des Smartphones</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="123"/>
        <source>&amp;Check the phone</source>
        <translation>Smartphone &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="98"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="75"/>
        <source>Saved. Result: {0}
PDF: {1}
JSON: {2}
Check code (SHA-256): {3}</source>
        <translation>Gespeichert. Ergebnis: {0}
PDF: {1}
JSON: {2}
Prüfsumme (SHA-256): {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="116"/>
        <source>Save your receipt</source>
        <translation>Ihren Nachweis speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="119"/>
        <source>The receipt shows the result of this check. Hand it in as your employer asks. It does not list your apps: only the banned ones that were found and what was done about them.</source>
        <translation>Der Nachweis zeigt das Ergebnis dieser Prüfung. Reichen Sie ihn so ein, wie Ihr Arbeitgeber es verlangt. Er enthält keine Liste Ihrer Apps, sondern nur die gefundenen verbotenen Apps und was mit ihnen geschehen ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Ihr Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="125"/>
        <source>&amp;Employee number (optional):</source>
        <translation>&amp;Personalnummer (optional):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="126"/>
        <source>Helpdesk &amp;agent (optional):</source>
        <translation>&amp;Helpdesk-Mitarbeiter (optional):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="127"/>
        <source>Receipt &amp;language:</source>
        <translation>Sp&amp;rache des Nachweises:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="132"/>
        <source>&amp;Save receipt</source>
        <translation>&amp;Nachweis speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="133"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="134"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="145"/>
        <source>Compliant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="146"/>
        <source>No banned app is on this phone, and every user and profile was read.</source>
        <translation>Auf diesem Smartphone befindet sich keine verbotene App; alle Nutzer und Profile wurden ausgelesen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="151"/>
        <source>Not compliant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="152"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App, und das Smartphone fällt unter das Verbot: Die App muss entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="160"/>
        <source>Advisory</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="161"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but the owner is advised to remove it.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App. Das Smartphone fällt nicht unter das Verbot, dem Eigentümer wird jedoch empfohlen, die App zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="170"/>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="171"/>
        <source>A banned app is on this phone. Whether the ban covers it depends on who pays for the phone.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App. Ob das Smartphone unter das Verbot fällt, hängt davon ab, wer es bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="179"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="180"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Es wurde keine verbotene App gefunden, aber ein Teil des Smartphones konnte nicht ausgelesen werden. Die Prüfung ist daher unvollständig.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="186"/>
        <source>Unknown result.</source>
        <translation>Unbekanntes Ergebnis.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="191"/>
        <source>The authority pays for it fully (service phone)</source>
        <translation>Der Arbeitgeber trägt die Kosten vollständig (Dienst-Smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="192"/>
        <source>The authority pays for it partly</source>
        <translation>Der Arbeitgeber trägt die Kosten teilweise</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="193"/>
        <source>The person pays for it (personal phone)</source>
        <translation>Die Person trägt die Kosten selbst (privates Smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="194"/>
        <source>Decided from the phone&apos;s own management signals</source>
        <translation>Anhand der Verwaltungsangaben des Smartphones ermittelt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="200"/>
        <source>Covered by the ban</source>
        <translation>Fällt unter das Verbot</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="201"/>
        <source>Not covered by the ban</source>
        <translation>Fällt nicht unter das Verbot</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="202"/>
        <source>Not determined</source>
        <translation>Nicht bestimmt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="208"/>
        <source>Must be removed</source>
        <translation>Muss entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="209"/>
        <source>Preinstalled and disabled: counts as removed</source>
        <translation>Vorinstalliert und deaktiviert: gilt als entfernt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="210"/>
        <source>Removal advised</source>
        <translation>Entfernen empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="211"/>
        <source>Depends on who pays for the phone</source>
        <translation>Hängt davon ab, wer das Smartphone bezahlt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="217"/>
        <source>work profile (user %1)</source>
        <translation>Arbeitsprofil (Nutzer %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="219"/>
        <source>main user</source>
        <translation>Hauptnutzer</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="221"/>
        <source>user %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="223"/>
        <source>, preinstalled</source>
        <translation>, vorinstalliert</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="265"/>
        <source>Removal failed</source>
        <translation>Entfernen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="267"/>
        <source>Disabled for this user</source>
        <translation>Für diesen Nutzer deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="268"/>
        <source>Removed for this user</source>
        <translation>Für diesen Nutzer entfernt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="272"/>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="278"/>
        <source>No banned app was found.</source>
        <translation>Es wurde keine verbotene App gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="286"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="287"/>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="288"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="289"/>
        <source>What was done</source>
        <translation>Durchgeführte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="329"/>
        <source>Read and acknowledged by the person on %1.</source>
        <translation>Von der Person am %1 gelesen und zur Kenntnis genommen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="333"/>
        <source>Not acknowledged.</source>
        <translation>Nicht zur Kenntnis genommen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="334"/>
        <source>Advice shown to the person</source>
        <translation>Der Person angezeigte Empfehlung</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="347"/>
        <source>employee ID %1</source>
        <translation>Personalnummer %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="349"/>
        <source>Android %1 (SDK %2)</source>
        <translation>Android %1 (SDK %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="356"/>
        <source>kept only as a fingerprint (SHA-256) %1</source>
        <translation>nur als Hashwert (SHA-256) gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="360"/>
        <source>not reported by the phone</source>
        <translation>vom Smartphone nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="362"/>
        <source>review by %1</source>
        <translation>Überprüfung bis %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="364"/>
        <source>no review date</source>
        <translation>kein Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="367"/>
        <source>(review overdue)</source>
        <translation>(Überprüfung überfällig)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="372"/>
        <source>%1, version %2, in force since %3</source>
        <translation>%1, Version %2, in Kraft seit %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="383"/>
        <source>%1 apps checked in users %2</source>
        <translation>%1 Apps geprüft (Nutzer %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="391"/>
        <source>could not read users %1</source>
        <translation>nicht auslesbare Nutzer: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="394"/>
        <source>none (self-check)</source>
        <translation>keiner (Selbstprüfung)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="398"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="399"/>
        <source>Phone</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="400"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="401"/>
        <source>Checked on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="402"/>
        <source>Helpdesk agent</source>
        <translation>Helpdesk-Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="404"/>
        <source>Who pays</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="407"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="408"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="409"/>
        <source>Scan</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="412"/>
        <source>Phone Self-Check · compliance receipt</source>
        <translation>Phone Self-Check · Konformitätsnachweis</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="413"/>
        <source>Banned apps found and what was done</source>
        <translation>Gefundene verbotene Apps und durchgeführte Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="430"/>
        <source>Signed with Ed25519, key ID %1</source>
        <translation>Signiert mit Ed25519, Schlüssel-ID %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="434"/>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="442"/>
        <source>Check the JSON receipt with: %1</source>
        <translation>JSON-Nachweis prüfen mit: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="445"/>
        <source>Made by %1 %2</source>
        <translation>Erstellt mit %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="446"/>
        <source>Digest (SHA-256)</source>
        <translation>Prüfsumme (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="530"/>
        <source>Compliance receipt</source>
        <translation>Konformitätsnachweis</translation>
    </message>
</context>
<context>
    <name>RemovalPage</name>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="94"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="95"/>
        <source> (preinstalled: if it cannot be removed, it will be disabled)</source>
        <translation> (vorinstalliert: Falls sie nicht entfernt werden kann, wird sie deaktiviert)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="103"/>
        <source>These apps will be removed from the phone:</source>
        <translation>Diese Apps werden vom Smartphone entfernt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="107"/>
        <source>Nothing else on the phone is touched. Remove them now?</source>
        <translation>Sonst wird nichts auf dem Smartphone verändert. Jetzt entfernen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="121"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="129"/>
        <source>The app&apos;s page is now open on your phone. Tap Uninstall (or Disable for a preinstalled app), confirm on the phone, then press Check again.</source>
        <translation>Die Seite der App ist jetzt auf Ihrem Smartphone geöffnet. Tippen Sie auf „Deinstallieren“ (bei einer vorinstallierten App auf „Deaktivieren“), bestätigen Sie auf dem Smartphone und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="136"/>
        <source>Remove the banned app</source>
        <translation>Die verbotene App entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="137"/>
        <source>You can let this program remove it for you, or do it yourself on the phone.</source>
        <translation>Sie können die App von diesem Programm entfernen lassen oder es selbst am Smartphone erledigen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="138"/>
        <source>What will be removed</source>
        <translation>Was entfernt wird</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="140"/>
        <source>If you prefer to do it yourself</source>
        <translation>Wenn Sie es lieber selbst erledigen möchten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="143"/>
        <source>Press &quot;I&apos;ll do it on the phone&quot;: the app&apos;s settings page opens on your phone. Tap Uninstall (for a preinstalled app: Disable), confirm, then press Check again.</source>
        <translation>Klicken Sie auf „Ich erledige es am Smartphone“: Die Einstellungsseite der App öffnet sich auf Ihrem Smartphone. Tippen Sie auf „Deinstallieren“ (bei einer vorinstallierten App: „Deaktivieren“), bestätigen Sie und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="147"/>
        <source>&amp;Remove it for me…</source>
        <translation>&amp;Entfernen lassen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="148"/>
        <source>&amp;I&apos;ll do it on the phone</source>
        <translation>&amp;Ich erledige es am Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="149"/>
        <source>&amp;Yes, remove</source>
        <translation>&amp;Ja, entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="150"/>
        <source>&amp;No, keep it for now</source>
        <translation>&amp;Nein, vorerst behalten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="151"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/gui/pages/result.py" line="99"/>
        <source>{0} ({1}): the phone refused ({2})</source>
        <translation>{0} ({1}): vom Smartphone abgelehnt ({2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="101"/>
        <source>{0} ({1}): disabled</source>
        <translation>{0} ({1}): deaktiviert</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="102"/>
        <source>{0} ({1}): removed</source>
        <translation>{0} ({1}): entfernt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="106"/>
        <source>The result</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="113"/>
        <source>{0} {1}, Android {2}. {3} apps checked.</source>
        <translation>{0} {1}, Android {2}. {3} Apps geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="127"/>
        <source>What was done:</source>
        <translation>Was getan wurde:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="136"/>
        <source>Could not be read: user or profile {0} (on Samsung phones this is usually the Secure Folder). Open it on the phone, look through its apps, and remove any banned app by hand.</source>
        <translation>Nicht auslesbar: Nutzer oder Profil {0} (bei Samsung-Smartphones ist das meist der „Sichere Ordner“). Öffnen Sie diesen Bereich auf dem Smartphone, sehen Sie seine Apps durch und entfernen Sie verbotene Apps von Hand.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="148"/>
        <source>The decision says:</source>
        <translation>Der Beschluss lautet:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="153"/>
        <source>Why this phone is or is not covered:</source>
        <translation>Warum dieses Smartphone betroffen ist oder nicht:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="154"/>
        <source>What the decision covers:</source>
        <translation>Was der Beschluss umfasst:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="155"/>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="163"/>
        <source>&amp;Remove it…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="164"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="165"/>
        <source>&amp;Say who pays</source>
        <translation>An&amp;geben, wer zahlt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="166"/>
        <location filename="../../app/gui/pages/result.py" line="167"/>
        <source>&amp;Make a receipt</source>
        <translation>&amp;Nachweis erstellen</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="36"/>
        <source>Reading which phone this is and who manages it…</source>
        <translation>Modell und Verwaltung des Smartphones werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="37"/>
        <source>Looking through the apps of every user and profile…</source>
        <translation>Die Apps aller Nutzer und Profile werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="38"/>
        <source>Looking closer at what was found…</source>
        <translation>Die Funde werden genauer untersucht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="39"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="47"/>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking again…</source>
        <translation>Erneute Prüfung…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking your phone…</source>
        <translation>Ihr Smartphone wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="49"/>
        <source>This usually takes a few seconds. Keep the phone plugged in and unlocked.</source>
        <translation>Dies dauert in der Regel nur einige Sekunden. Lassen Sie das Smartphone angeschlossen und entsperrt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="51"/>
        <source>Only the names of the apps are read, to look for banned ones. They are not stored.</source>
        <translation>Es werden nur die Namen der Apps gelesen, um verbotene Apps zu finden. Sie werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="53"/>
        <source>Progress of the check</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../app/core/scope.py" line="101"/>
        <source>This policy also covers work profiles: the apps in the work profile must go, the personal side stays personal.</source>
        <translation>Diese Richtlinie gilt auch für Arbeitsprofile: Die Apps im Arbeitsprofil müssen entfernt werden, der private Bereich bleibt privat.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="71"/>
        <source>You said the authority pays fully for this phone or its subscription: the decision covers it.</source>
        <translation>Sie haben angegeben, dass Ihr Arbeitgeber dieses Smartphone oder das Abonnement vollständig bezahlt: Es fällt unter den Beschluss.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="74"/>
        <source>You said the authority pays partly for this phone or its subscription: the decision covers it.</source>
        <translation>Sie haben angegeben, dass Ihr Arbeitgeber dieses Smartphone oder das Abonnement teilweise bezahlt: Es fällt unter den Beschluss.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="77"/>
        <source>The phone looks like a personal phone with a work profile; please check who pays for it.</source>
        <translation>Das Smartphone sieht wie ein privates Smartphone mit Arbeitsprofil aus; bitte prüfen Sie, wer es bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="80"/>
        <source>You said you pay for this phone yourself: the decision does not cover it, but you are advised not to install the app.</source>
        <translation>Sie haben angegeben, dass Sie dieses Smartphone selbst bezahlen: Es fällt nicht unter den Beschluss, es wird Ihnen aber empfohlen, die App nicht zu installieren.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="85"/>
        <source>The phone says it is managed by an organisation ({0}); please check who pays for it.</source>
        <translation>Laut dem Smartphone wird es von einer Organisation verwaltet ({0}); bitte prüfen Sie, wer es bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="88"/>
        <source>The phone is fully managed by a device owner ({0}): it is treated as a service phone.</source>
        <translation>Das Smartphone wird vollständig von einem Geräteinhaber verwaltet ({0}): Es wird als Dienst-Smartphone behandelt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="91"/>
        <source>The phone has a work profile on an organisation-owned device: it is treated as a service phone.</source>
        <translation>Das Smartphone hat ein Arbeitsprofil auf einem Gerät im Eigentum einer Organisation: Es wird als Dienst-Smartphone behandelt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="94"/>
        <source>The phone has a work profile but is not owned by an organisation: it is treated as a personal phone.</source>
        <translation>Das Smartphone hat ein Arbeitsprofil, ist aber nicht Eigentum einer Organisation: Es wird als privates Smartphone behandelt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="98"/>
        <source>The phone shows no management, so it cannot tell who pays for it: please say who does.</source>
        <translation>Das Smartphone wird nicht verwaltet, daher lässt sich nicht erkennen, wer es bezahlt: Bitte geben Sie an, wer es bezahlt.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/core/summary.py" line="9"/>
        <source>No banned app was found on this phone.</source>
        <translation>Auf diesem Smartphone wurde keine verbotene App gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="10"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App, und das Smartphone fällt unter das Verbot: Die App muss entfernt werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="13"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App. Das Smartphone fällt nicht unter das Verbot, es wird Ihnen aber empfohlen, die App zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="17"/>
        <source>A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.</source>
        <translation>Auf diesem Smartphone befindet sich eine verbotene App. Ob das Smartphone unter das Verbot fällt, hängt davon ab, wer es bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="21"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Es wurde keine verbotene App gefunden, aber ein Teil des Smartphones konnte nicht ausgelesen werden. Die Prüfung ist daher unvollständig.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="30"/>
        <source>the work profile</source>
        <translation>Arbeitsprofil</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="32"/>
        <source>the main user</source>
        <translation>Hauptnutzer</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="34"/>
        <source>user {0}</source>
        <translation>Nutzer {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="35"/>
        <source>, preinstalled</source>
        <translation>, vorinstalliert</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="40"/>
        <source>disabled, counts as removed</source>
        <translation>deaktiviert, gilt als entfernt</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="42"/>
        <source>must be removed</source>
        <translation>muss entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="43"/>
        <source>removal advised</source>
        <translation>Entfernen empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="50"/>
        <source>Phone: {0} {1}, Android {2}.</source>
        <translation>Smartphone: {0} {1}, Android {2}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="53"/>
        <source>Policy: {0} (version {1}).</source>
        <translation>Richtlinie: {0} (Version {1}).</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="55"/>
        <source>Scope: {0}</source>
        <translation>Geltungsbereich: {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="59"/>
        <source>- {0} ({1}) on {2}: {3}.</source>
        <translation>- {0} ({1}) im Bereich {2}: {3}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="66"/>
        <source>Could not read user(s) {0} (for example a Samsung Secure Folder): open it on the phone and check its apps by hand.</source>
        <translation>Nutzer {0} konnte(n) nicht ausgelesen werden (zum Beispiel ein „Sicherer Ordner“ bei Samsung): Öffnen Sie diesen Bereich auf dem Smartphone und prüfen Sie seine Apps von Hand.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="73"/>
        <source>{0} apps checked in users {1}.</source>
        <translation>{0} Apps geprüft (Nutzer {1}).</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="21"/>
        <source>No phone was found.</source>
        <translation>Es wurde kein Smartphone gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="22"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging.</source>
        <translation>Schließen Sie das Smartphone mit einem USB-Kabel an, das Daten überträgt, entsperren Sie es und schalten Sie „USB-Debugging“ ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="27"/>
        <source>More than one phone is connected.</source>
        <translation>Es ist mehr als ein Smartphone angeschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="28"/>
        <source>Choose the phone to check in the list.</source>
        <translation>Wählen Sie das zu prüfende Smartphone in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="31"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>Das Smartphone fragt, ob USB-Debugging von diesem Computer zugelassen werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="34"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Entsperren Sie das Smartphone, tippen Sie in der Abfrage auf „Zulassen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="37"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>Die Abfrage „USB-Debugging zulassen?“ wurde auf dem Smartphone nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="38"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Entsperren Sie das Smartphone, suchen Sie die Abfrage „USB-Debugging zulassen?“, tippen Sie auf „Zulassen“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="43"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>Das Smartphone hat USB-Debugging von diesem Computer abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="44"/>
        <source>Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Trennen Sie das Smartphone vom Computer, schließen Sie es wieder an und tippen Sie auf „Zulassen“, wenn es nachfragt. Falls es nie nachfragt, wählen Sie Entwickleroptionen &gt; „USB-Debugging-Autorisierungen aufheben“ und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="51"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Ein anderes Programm auf diesem Computer verwendet bereits die USB-Verbindung des Smartphones.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="54"/>
        <source>Close Android Studio or other phone tools, then try again.</source>
        <translation>Schließen Sie Android Studio oder andere Smartphone-Programme und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="57"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Dieser Computer erlaubt diesem Programm nicht, die USB-Verbindung des Smartphones zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="60"/>
        <source>Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again.</source>
        <translation>Bitten Sie Ihren Helpdesk, die Android-USB-Regel auf diesem Computer zu installieren, und schließen Sie das Smartphone dann wieder an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="66"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows hat keinen verwendbaren USB-Treiber für dieses Smartphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="67"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installieren Sie den USB-Treiber des Smartphone-Herstellers (bei Pixel-Smartphones den USB-Treiber von Google) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="73"/>
        <source>USB access is not available on this computer.</source>
        <translation>Der USB-Zugriff ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="74"/>
        <source>Ask your helpdesk to reinstall Phone Self-Check.</source>
        <translation>Bitten Sie Ihren Helpdesk, Phone Self-Check neu zu installieren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="77"/>
        <source>The connection to the phone was lost.</source>
        <translation>Die Verbindung zum Smartphone wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="78"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Prüfen Sie das Kabel, lassen Sie das Smartphone entsperrt, schließen Sie es wieder an und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="83"/>
        <source>The phone stopped answering.</source>
        <translation>Das Smartphone antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="84"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Entsperren Sie das Smartphone, prüfen Sie das Kabel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="87"/>
        <source>The phone refused the connection.</source>
        <translation>Das Smartphone hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="88"/>
        <source>Check that USB debugging is on, then try again.</source>
        <translation>Prüfen Sie, ob „USB-Debugging“ eingeschaltet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="91"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>Die Antwort des Smartphones konnte nicht vollständig gelesen werden. Daher lässt sich nicht bestätigen, dass es frei von verbotenen Apps ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="94"/>
        <location filename="../../app/gui/texts.py" line="127"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Trennen Sie das Smartphone vom Computer, schließen Sie es wieder an und versuchen Sie es erneut. Wenn das noch einmal vorkommt, wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="99"/>
        <source>The check was stopped before it finished.</source>
        <translation>Die Prüfung wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="100"/>
        <source>Nothing was changed on the phone. Start the check again when you are ready.</source>
        <translation>Auf dem Smartphone wurde nichts verändert. Starten Sie die Prüfung erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="105"/>
        <source>The phone tools&apos; adb server is not running on this computer.</source>
        <translation>Der adb-Server der Smartphone-Werkzeuge läuft auf diesem Computer nicht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="106"/>
        <source>Choose the phone again from the list, or ask your helpdesk.</source>
        <translation>Wählen Sie das Smartphone erneut in der Liste aus oder wenden Sie sich an Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="109"/>
        <source>That phone could not be found any more.</source>
        <translation>Dieses Smartphone ist nicht mehr auffindbar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="110"/>
        <source>Unplug the phone, plug it in again and choose it from the list.</source>
        <translation>Trennen Sie das Smartphone, schließen Sie es wieder an und wählen Sie es in der Liste aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="113"/>
        <source>The check stopped itself before sending something it does not allow.</source>
        <translation>Die Prüfung hat sich selbst angehalten, bevor etwas Unzulässiges gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="114"/>
        <source>Nothing was sent to the phone. Please tell your helpdesk.</source>
        <translation>An das Smartphone wurde nichts gesendet. Bitte informieren Sie Ihren Helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="117"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>Der Verbindungsschlüssel dieses Computers für das Smartphone konnte nicht gelesen oder erstellt werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="120"/>
        <source>Check that your user folder is not full, then try again.</source>
        <translation>Stellen Sie sicher, dass Ihr Benutzerordner nicht voll ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="126"/>
        <source>Something unexpected went wrong.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="136"/>
        <source>No banned app on this phone</source>
        <translation>Keine verbotene App auf diesem Smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="137"/>
        <source>A banned app must be removed</source>
        <translation>Eine verbotene App muss entfernt werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="138"/>
        <source>A banned app is on this phone: removal advised</source>
        <translation>Verbotene App auf diesem Smartphone: Entfernen empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="139"/>
        <source>A banned app is on this phone: who pays for it?</source>
        <translation>Verbotene App auf diesem Smartphone: Wer bezahlt es?</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="140"/>
        <source>Part of the phone could not be checked</source>
        <translation>Ein Teil des Smartphones konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="146"/>
        <source>We looked at every user and profile on this phone and found none of the banned apps.</source>
        <translation>Wir haben alle Nutzer und Profile auf diesem Smartphone geprüft und keine der verbotenen Apps gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="149"/>
        <source>This phone is covered by the decision, and a banned app is installed. You can remove it now: nothing else on your phone is touched.</source>
        <translation>Dieses Smartphone fällt unter den Beschluss, und eine verbotene App ist installiert. Sie können sie jetzt entfernen: Sonst wird nichts auf Ihrem Smartphone verändert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="154"/>
        <source>This phone is not covered by the decision, so you do not have to remove the app. You are advised not to keep it.</source>
        <translation>Dieses Smartphone fällt nicht unter den Beschluss. Sie müssen die App also nicht entfernen, es wird Ihnen aber empfohlen, sie nicht zu behalten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="159"/>
        <source>Whether you must remove the app depends on who pays for this phone. Go back and say who pays.</source>
        <translation>Ob Sie die App entfernen müssen, hängt davon ab, wer dieses Smartphone bezahlt. Gehen Sie zurück und geben Sie an, wer es bezahlt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="162"/>
        <source>No banned app was found where we could look, but part of the phone could not be read. Check that part by hand, as explained below.</source>
        <translation>In den geprüften Bereichen wurde keine verbotene App gefunden, aber ein Teil des Smartphones konnte nicht ausgelesen werden. Prüfen Sie diesen Teil von Hand, wie unten beschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="177"/>
        <source>Work profile</source>
        <translation>Arbeitsprofil</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="179"/>
        <source>Personal side (main user)</source>
        <translation>Privater Bereich (Hauptnutzer)</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="181"/>
        <source>Other user or profile ({0})</source>
        <translation>Anderer Nutzer oder anderes Profil ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="182"/>
        <source>, preinstalled</source>
        <translation>, vorinstalliert</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="56"/>
        <source>Check your phone for banned apps</source>
        <translation>Ihr Smartphone auf verbotene Apps prüfen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="59"/>
        <source>Your employer has banned some apps (such as TikTok) from phones it pays for. This program looks at your Android phone, tells you whether a banned app is on it, and helps you remove it if needed.</source>
        <translation>Ihr Arbeitgeber hat bestimmte Apps (zum Beispiel TikTok) auf den Smartphones verboten, die er bezahlt. Dieses Programm prüft Ihr Android-Smartphone, zeigt Ihnen, ob sich eine verbotene App darauf befindet, und hilft Ihnen bei Bedarf, sie zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="66"/>
        <source>It does not change anything without asking you first, it does not look at your messages, photos or accounts, and it does not judge you: many phones came with these apps preinstalled.</source>
        <translation>Es verändert nichts, ohne Sie vorher zu fragen. Es sieht sich weder Ihre Nachrichten noch Ihre Fotos oder Konten an, und es bewertet Sie nicht: Auf vielen Smartphones waren diese Apps bereits vorinstalliert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="70"/>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="73"/>
        <source>Nothing leaves this computer. The list of your apps is read only to look for banned ones and is never stored. You decide whether to save a receipt.</source>
        <translation>Keine Daten verlassen diesen Computer. Die Liste Ihrer Apps wird nur gelesen, um verbotene Apps zu finden, und wird nie gespeichert. Sie entscheiden, ob ein Nachweis gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="78"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="79"/>
        <source>&amp;Start</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="80"/>
        <source>Start the check</source>
        <translation>Prüfung starten</translation>
    </message>
</context>
</TS>
