<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AdvisoryPage</name>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="57"/>
        <source>Advice for your personal phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="60"/>
        <source>The ban does not cover this phone, so you do not have to remove the app. Your employer advises you not to keep it, for these reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="69"/>
        <source>I have &amp;read this advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="70"/>
        <location filename="../../app/gui/pages/advisory.py" line="71"/>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="72"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="73"/>
        <source>Remove it &amp;anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="74"/>
        <source>Remove it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="75"/>
        <source>Ac&amp;knowledge and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="76"/>
        <source>Acknowledge and continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="146"/>
        <source>nothing is removed without --yes: run &apos;scan&apos; first to see what would be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="163"/>
        <source>Nothing had to be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="184"/>
        <source>No phone was found. Plug the phone in with a data cable, unlock it and turn on USB debugging; or try the simulated phone with --device demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="201"/>
        <source>Simulated phone &apos;{0}&apos; is listening on 127.0.0.1:{1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="203"/>
        <source>Connect with: adb connect 127.0.0.1:{0}   (Ctrl-C stops it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="259"/>
        <source>The policy file could not be used: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="264"/>
        <source>Something unexpected went wrong ({0}). Run again with --debug and tell your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="168"/>
        <source>The advisory is for phones the ban does not cover; --acknowledge-advisory was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="195"/>
        <source>Advice (acknowledged): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="197"/>
        <source>Advice (not acknowledged): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="199"/>
        <source>Receipt written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="205"/>
        <source>The receipt was written, but the register could not record it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="229"/>
        <source>The receipt file {0} cannot be read ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="238"/>
        <source>Receipt of {0}, checked {1}, {2} {3}: {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt does NOT hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="163"/>
        <source>Simulated phone ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="165"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="166"/>
        <source>waiting for you to tap Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="167"/>
        <source>this computer may not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="168"/>
        <source>USB debugging is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="169"/>
        <source>used by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="170"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="185"/>
        <source>A phone is connected, but it is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="187"/>
        <source>Follow the steps below. The phone is picked up by itself as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="190"/>
        <source>Looking for your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="192"/>
        <source>Follow the steps below. The phone is picked up by itself within a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="196"/>
        <source>Several phones are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="197"/>
        <source>Choose the phone to check, then press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="200"/>
        <source>Phone found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="201"/>
        <source>Press Connect. Keep the phone unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="203"/>
        <source>Connecting to the phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="204"/>
        <source>Keep the phone unlocked. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="206"/>
        <source>Look at your phone and tap Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="216"/>
        <source>Connect your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="219"/>
        <source>Plug your Android phone into this computer with a USB cable. The first time, the phone must allow this computer to read it (this is called USB debugging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="223"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="224"/>
        <source>Connected phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="227"/>
        <source>Your phone asks &quot;Allow USB debugging?&quot;. Check that the code it shows is the same as this one, tick &quot;Always allow from this computer&quot; if you like, and tap Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="231"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="233"/>
        <source>1. Plug in and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="233"/>
        <source>Use a cable that carries data. Unlock the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="235"/>
        <source>2. Developer options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="237"/>
        <source>Settings &gt; About phone: tap Build number seven times. Samsung: About phone &gt; Software information. Xiaomi: About phone &gt; MIUI version. Pixel: About phone &gt; Build number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="242"/>
        <source>3. USB debugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="243"/>
        <source>Settings &gt; System &gt; Developer options: turn on USB debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="246"/>
        <source>4. Cable mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="247"/>
        <source>If nothing happens, pull down the notification and choose File transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="253"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="254"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="255"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="256"/>
        <source>Connect to the phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../app/device/errors.py" line="17"/>
        <source>The phone could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="18"/>
        <source>Unplug the phone, plug it in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="33"/>
        <source>No phone was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="34"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging in Developer options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="43"/>
        <source>More than one phone is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="44"/>
        <source>Unplug the other phones, or name one with --device usb:SERIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="49"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="52"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="57"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="58"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="65"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="66"/>
        <source>Unplug and plug the phone in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="75"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="78"/>
        <source>Close Android Studio or other phone tools, or run &apos;adb kill-server&apos;, or use --device adb:SERIAL to go through the running adb server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="87"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="90"/>
        <source>On Linux, install the Android udev rule (resources/udev/51-android.rules) into /etc/udev/rules.d/, run &apos;sudo udevadm control --reload-rules&apos;, then unplug and plug the phone in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="99"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="100"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="108"/>
        <source>USB access is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="109"/>
        <source>Reinstall Phone Self-Check, or connect through the adb server with --device adb:SERIAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="116"/>
        <source>The connection to the phone was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="117"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="124"/>
        <source>The phone stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="125"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="130"/>
        <source>The phone refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="131"/>
        <source>Check that USB (or wireless) debugging is on and the address is right, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="138"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="141"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="150"/>
        <source>A command outside the allowed list was stopped before it reached the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="153"/>
        <source>Nothing was sent. Please report this to your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="158"/>
        <source>That device name is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="159"/>
        <source>Use usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL or demo[:PROFILE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="166"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="169"/>
        <source>Check that your user folder is not full or read-only (or set PHONE_SELFCHECK_DATA_DIR to a writable folder), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="180"/>
        <source>No adb server is running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="181"/>
        <source>Start it with &apos;adb start-server&apos;, or connect the phone directly with --device usb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="43"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="44"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="71"/>
        <source>Disabled: counts as removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="73"/>
        <source>Must be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>Depends on who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="76"/>
        <source>Removal advised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="37"/>
        <source>Finished: tidy up your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="38"/>
        <source>Thank you. Two last steps put your phone back as it was before the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="41"/>
        <source>1. Forget this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="42"/>
        <source>Settings &gt; System &gt; Developer options: tap Revoke USB debugging authorisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="45"/>
        <source>2. Turn USB debugging off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="46"/>
        <source>In the same place, turn USB debugging off. You can also turn Developer options off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="52"/>
        <source>You can now unplug your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="53"/>
        <source>Check &amp;another phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="54"/>
        <source>Check another phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskPanel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="141"/>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="146"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="147"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="148"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="149"/>
        <source>Filter the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="150"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="151"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="152"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="153"/>
        <source>Refresh the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="63"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="64"/>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="65"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="66"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="67"/>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="68"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="69"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="378"/>
        <source>The receipt could not be saved: {0}. Nothing was lost: try again, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="396"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="397"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="398"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="399"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="400"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="402"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="428"/>
        <source>Phone Self-Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="430"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="431"/>
        <source>&amp;Helpdesk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;Next phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="433"/>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="434"/>
        <source>Agent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="67"/>
        <source>Reading what the phone says about itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="70"/>
        <source>This phone is managed by an organisation (device owner: {0}). Phones like this are usually paid for by the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="75"/>
        <source>This phone has a work profile and says it is owned by an organisation. Phones like this are usually paid for by the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="80"/>
        <source>This phone has a work profile, but says it is not owned by an organisation. Phones like this are usually personal phones also used for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="84"/>
        <source>This phone shows no management by an organisation. That is normal for personal phones, and for some service phones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="95"/>
        <source>You said you pay for this phone yourself, but the phone says an organisation manages it. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="102"/>
        <source>You said the authority pays for this phone, but it looks like a personal phone with a work profile. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="111"/>
        <source>Who pays for this phone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="114"/>
        <source>The ban covers phones whose purchase, subscription or use is paid, fully or partly, by your employer. Personal phones used for work are not covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="118"/>
        <source>Who pays for the phone or its subscription?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="119"/>
        <source>My &amp;employer pays for all of it (a service phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="120"/>
        <source>My employer pays &amp;part of it (for example the subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="121"/>
        <source>I pay for all of it &amp;myself (a personal phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="122"/>
        <source>What the phone says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="123"/>
        <source>&amp;Check the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="124"/>
        <source>Check the phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="83"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="84"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="86"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="116"/>
        <source>Save your receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="119"/>
        <source>The receipt shows the result of this check. Hand it in as your employer asks. It does not list your apps: only the banned ones that were found and what was done about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="125"/>
        <source>&amp;Employee number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="126"/>
        <source>Helpdesk &amp;agent (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="127"/>
        <source>Receipt &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="132"/>
        <source>&amp;Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="133"/>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="134"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="135"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="136"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="137"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="115"/>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="116"/>
        <source>No banned app is on this phone, and every user and profile was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="123"/>
        <source>Not compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="124"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="132"/>
        <source>Advisory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="133"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but the owner is advised to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="142"/>
        <source>Undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="143"/>
        <source>A banned app is on this phone. Whether the ban covers it depends on who pays for the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="151"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="152"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="158"/>
        <source>Unknown result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="163"/>
        <source>The authority pays for it fully (service phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="164"/>
        <source>The authority pays for it partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="165"/>
        <source>The person pays for it (personal phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="166"/>
        <source>Decided from the phone&apos;s own management signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="172"/>
        <source>Covered by the ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="173"/>
        <source>Not covered by the ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="174"/>
        <source>Not determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="180"/>
        <source>Must be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="181"/>
        <source>Preinstalled and disabled: counts as removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="182"/>
        <source>Removal advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="183"/>
        <source>Depends on who pays for the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="189"/>
        <source>work profile (user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="191"/>
        <source>main user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="193"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="195"/>
        <source>, preinstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="230"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="232"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="241"/>
        <source>Removal failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="243"/>
        <source>Disabled for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="244"/>
        <source>Removed for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="248"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="254"/>
        <source>No banned app was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="262"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="263"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="264"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="265"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="305"/>
        <source>Read and acknowledged by the person on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="309"/>
        <source>Not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="310"/>
        <source>Advice shown to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="323"/>
        <source>employee ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="327"/>
        <source>Android %1 (SDK %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="334"/>
        <source>kept only as a fingerprint (SHA-256) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="338"/>
        <source>not reported by the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="340"/>
        <source>review by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="342"/>
        <source>no review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="345"/>
        <source>(review overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="350"/>
        <source>%1, version %2, in force since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="361"/>
        <source>%1 apps checked in users %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="369"/>
        <source>could not read users %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="374"/>
        <source>none (self-check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="378"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="379"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="380"/>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="381"/>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="382"/>
        <source>Helpdesk agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="384"/>
        <source>Who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="387"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="388"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="389"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="392"/>
        <source>Phone Self-Check · compliance receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="393"/>
        <source>Banned apps found and what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="410"/>
        <source>Signed with Ed25519, key ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="414"/>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="422"/>
        <source>Check the JSON receipt with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="425"/>
        <source>Made by %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="426"/>
        <source>Digest (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="510"/>
        <source>Compliance receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalPage</name>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="94"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="95"/>
        <source> (preinstalled: if it cannot be removed, it will be disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="103"/>
        <source>These apps will be removed from the phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="107"/>
        <source>Nothing else on the phone is touched. Remove them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="121"/>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="129"/>
        <source>The app&apos;s page is now open on your phone. Tap Uninstall (or Disable for a preinstalled app), confirm on the phone, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="136"/>
        <source>Remove the banned app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="137"/>
        <source>You can let this program remove it for you, or do it yourself on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="138"/>
        <source>What will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="140"/>
        <source>If you prefer to do it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="143"/>
        <source>Press &quot;I&apos;ll do it on the phone&quot;: the app&apos;s settings page opens on your phone. Tap Uninstall (for a preinstalled app: Disable), confirm, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="147"/>
        <source>&amp;Remove it for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="148"/>
        <source>Remove it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="149"/>
        <source>&amp;I&apos;ll do it on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="150"/>
        <source>I&apos;ll do it on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="151"/>
        <source>&amp;Yes, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="152"/>
        <source>Yes, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="153"/>
        <source>&amp;No, keep it for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="154"/>
        <source>No, keep it for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="155"/>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="156"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/gui/pages/result.py" line="97"/>
        <source>{0} ({1}): the phone refused ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="99"/>
        <source>{0} ({1}): disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="100"/>
        <source>{0} ({1}): removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="104"/>
        <source>The result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="111"/>
        <source>{0} {1}, Android {2}. {3} apps checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="122"/>
        <source>What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="131"/>
        <source>Could not be read: user or profile {0} (on Samsung phones this is usually the Secure Folder). Open it on the phone, look through its apps, and remove any banned app by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="151"/>
        <source>&amp;Remove it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="152"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="153"/>
        <source>&amp;Say who pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="154"/>
        <location filename="../../app/gui/pages/result.py" line="155"/>
        <source>&amp;Make a receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="36"/>
        <source>Reading which phone this is and who manages it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="37"/>
        <source>Looking through the apps of every user and profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="38"/>
        <source>Looking closer at what was found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="39"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="47"/>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="49"/>
        <source>This usually takes a few seconds. Keep the phone plugged in and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="51"/>
        <source>Only the names of the apps are read, to look for banned ones. They are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="53"/>
        <source>Progress of the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../app/core/assessment.py" line="173"/>
        <source>This policy also covers work profiles: the apps in the work profile must go, the personal side stays personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="121"/>
        <source>You said the authority pays fully for this phone or its subscription: the decision covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="125"/>
        <source>You said the authority pays partly for this phone or its subscription: the decision covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="135"/>
        <source>The phone looks like a personal phone with a work profile; please check who pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="147"/>
        <source>You said you pay for this phone yourself: the decision does not cover it, but you are advised not to install the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="160"/>
        <source>The phone says it is managed by an organisation ({0}); please check who pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="174"/>
        <source>The phone is fully managed by a device owner ({0}): it is treated as a service phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="186"/>
        <source>The phone has a work profile on an organisation-owned device: it is treated as a service phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="197"/>
        <source>The phone has a work profile but is not owned by an organisation: it is treated as a personal phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="208"/>
        <source>The phone shows no management, so it cannot tell who pays for it: please say who does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/core/summary.py" line="9"/>
        <source>No banned app was found on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="10"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="13"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="17"/>
        <source>A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="21"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="30"/>
        <source>the work profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="32"/>
        <source>the main user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="34"/>
        <source>user {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="35"/>
        <source>, preinstalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="40"/>
        <source>disabled, counts as removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="42"/>
        <source>must be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="43"/>
        <source>removal advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="50"/>
        <source>Phone: {0} {1}, Android {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="53"/>
        <source>Policy: {0} (version {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="55"/>
        <source>Scope: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="59"/>
        <source>- {0} ({1}) on {2}: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="66"/>
        <source>Could not read user(s) {0} (for example a Samsung Secure Folder): open it on the phone and check its apps by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="73"/>
        <source>{0} apps checked in users {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="21"/>
        <source>No phone was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="22"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="27"/>
        <source>More than one phone is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="28"/>
        <source>Choose the phone to check in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="31"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="34"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="37"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="38"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="43"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="44"/>
        <source>Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="51"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="54"/>
        <source>Close Android Studio or other phone tools, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="57"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="60"/>
        <source>Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="66"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="67"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="73"/>
        <source>USB access is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="74"/>
        <source>Ask your helpdesk to reinstall Phone Self-Check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="77"/>
        <source>The connection to the phone was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="78"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="83"/>
        <source>The phone stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="84"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="87"/>
        <source>The phone refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="88"/>
        <source>Check that USB debugging is on, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="91"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="94"/>
        <location filename="../../app/gui/texts.py" line="115"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="99"/>
        <source>The check was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="100"/>
        <source>Nothing was changed on the phone. Start the check again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="105"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="108"/>
        <source>Check that your user folder is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="114"/>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="124"/>
        <source>No banned app on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="125"/>
        <source>A banned app must be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="126"/>
        <source>A banned app is on this phone: removal advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="127"/>
        <source>A banned app is on this phone: who pays for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="128"/>
        <source>Part of the phone could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="134"/>
        <source>We looked at every user and profile on this phone and found none of the banned apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="137"/>
        <source>This phone is covered by the decision, and a banned app is installed. You can remove it now: nothing else on your phone is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="142"/>
        <source>This phone is not covered by the decision, so you do not have to remove the app. You are advised not to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="147"/>
        <source>Whether you must remove the app depends on who pays for this phone. Go back and say who pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="150"/>
        <source>No banned app was found where we could look, but part of the phone could not be read. Check that part by hand, as explained below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="165"/>
        <source>Work profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="167"/>
        <source>Personal side (main user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="169"/>
        <source>Other user or profile ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="170"/>
        <source>, preinstalled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="56"/>
        <source>Check your phone for banned apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="59"/>
        <source>Your employer has banned some apps (such as TikTok) from phones it pays for. This program looks at your Android phone, tells you whether a banned app is on it, and helps you remove it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="66"/>
        <source>It does not change anything without asking you first, it does not look at your messages, photos or accounts, and it does not judge you: many phones came with these apps preinstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="70"/>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="73"/>
        <source>Nothing leaves this computer. The list of your apps is read only to look for banned ones and is never stored. You decide whether to save a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="77"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="78"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="79"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="80"/>
        <source>Start the check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
