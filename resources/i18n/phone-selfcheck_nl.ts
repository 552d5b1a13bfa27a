<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>AdvisoryPage</name>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="64"/>
        <source>Advice for your personal phone</source>
        <translation>Advies voor uw persoonlijke smartphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="67"/>
        <source>The ban does not cover this phone, so you do not have to remove the app. Your employer advises you not to keep it, for these reasons.</source>
        <translation>Het verbod geldt niet voor deze telefoon, dus u hoeft de app niet te verwijderen. Uw werkgever raadt u wel aan de app niet te behouden, om de volgende redenen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="72"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="77"/>
        <source>I have &amp;read this advice</source>
        <translation>Ik heb dit advies &amp;gelezen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="78"/>
        <location filename="../../app/gui/pages/advisory.py" line="79"/>
        <source>Your full name</source>
        <translation>Uw volledige naam</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="81"/>
        <source>Remove it &amp;anyway…</source>
        <translation>Toch &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="82"/>
        <source>Ac&amp;knowledge and continue</source>
        <translation>Bevestigen en &amp;doorgaan</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="146"/>
        <source>nothing is removed without --yes: run &apos;scan&apos; first to see what would be removed</source>
        <translation>zonder --yes wordt niets verwijderd: voer eerst &apos;scan&apos; uit om te zien wat verwijderd zou worden</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="163"/>
        <source>Nothing had to be removed.</source>
        <translation>Er moest niets worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="176"/>
        <source>No phone was found. Plug the phone in with a data cable, unlock it and turn on USB debugging; or try the simulated phone with --device demo.</source>
        <translation>Er is geen telefoon gevonden. Sluit de telefoon aan met een datakabel, ontgrendel hem en zet USB-foutopsporing aan; of probeer de gesimuleerde telefoon met --device demo.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202"/>
        <source>Simulated phone &apos;{0}&apos; is listening on 127.0.0.1:{1}.</source>
        <translation>Gesimuleerde telefoon &apos;{0}&apos; luistert op 127.0.0.1:{1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="204"/>
        <source>Connect with: adb connect 127.0.0.1:{0}   (Ctrl-C stops it)</source>
        <translation>Verbinden met: adb connect 127.0.0.1:{0}   (Ctrl-C stopt de simulatie)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="256"/>
        <source>The simulated phone could not be started: {0}</source>
        <translation>De gesimuleerde telefoon kon niet worden gestart: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="266"/>
        <source>A file could not be written: {0}</source>
        <translation>Een bestand kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="269"/>
        <source>The policy file could not be used: {0}</source>
        <translation>Het beleidsbestand kon niet worden gebruikt: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="274"/>
        <source>Something unexpected went wrong ({0}). Run again with --debug and tell your helpdesk.</source>
        <translation>Er is iets onverwachts misgegaan ({0}). Voer de opdracht opnieuw uit met --debug en meld het aan uw helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="168"/>
        <source>The advisory is for phones the ban does not cover; --acknowledge-advisory was not recorded.</source>
        <translation>Het advies geldt alleen voor telefoons die niet onder het verbod vallen; --acknowledge-advisory werd niet geregistreerd.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="195"/>
        <source>Advice (acknowledged): {0}</source>
        <translation>Advies (bevestigd): {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="197"/>
        <source>Advice (not acknowledged): {0}</source>
        <translation>Advies (niet bevestigd): {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="199"/>
        <source>Receipt written:</source>
        <translation>Ontvangstbewijs opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="205"/>
        <source>The receipt was written, but the register could not record it: {0}</source>
        <translation>Het ontvangstbewijs is opgeslagen, maar kon niet in het register worden opgenomen: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="229"/>
        <source>The receipt file {0} cannot be read ({1}).</source>
        <translation>Het bestand {0} met het ontvangstbewijs kan niet worden gelezen ({1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="238"/>
        <source>Receipt of {0}, checked {1}, {2} {3}: {4}.</source>
        <translation>Ontvangstbewijs van {0}, gecontroleerd op {1}, {2} {3}: {4}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt holds.</source>
        <translation>Het ontvangstbewijs klopt.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt does NOT hold.</source>
        <translation>Het ontvangstbewijs klopt NIET.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="171"/>
        <source>Simulated phone ({0})</source>
        <translation>Gesimuleerde telefoon ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="173"/>
        <source>ready</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="174"/>
        <source>waiting for you to tap Allow</source>
        <translation>wacht tot u op Toestaan tikt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="175"/>
        <source>this computer may not open it</source>
        <translation>geen toegang vanaf deze computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="176"/>
        <source>USB debugging is off</source>
        <translation>USB-foutopsporing staat uit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="177"/>
        <source>used by another program</source>
        <translation>in gebruik door een ander programma</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="178"/>
        <source>not answering</source>
        <translation>reageert niet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="193"/>
        <source>A phone is connected, but it is not ready yet.</source>
        <translation>Er is een telefoon aangesloten, maar die is nog niet klaar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="195"/>
        <source>Follow the steps below. The phone is picked up by itself as soon as it is ready.</source>
        <translation>Volg de stappen hieronder. De telefoon wordt vanzelf herkend zodra hij klaar is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="198"/>
        <source>Looking for your phone…</source>
        <translation>Uw telefoon wordt gezocht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="200"/>
        <source>Follow the steps below. The phone is picked up by itself within a second or two.</source>
        <translation>Volg de stappen hieronder. De telefoon wordt binnen een paar seconden vanzelf herkend.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="204"/>
        <source>Several phones are connected.</source>
        <translation>Er zijn meerdere telefoons aangesloten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="205"/>
        <source>Choose the phone to check, then press Connect.</source>
        <translation>Kies de telefoon die u wilt controleren en klik dan op Verbinden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="208"/>
        <source>Phone found: {0}</source>
        <translation>Telefoon gevonden: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="209"/>
        <source>Press Connect. Keep the phone unlocked.</source>
        <translation>Klik op Verbinden. Houd de telefoon ontgrendeld.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="211"/>
        <source>Connecting to the phone…</source>
        <translation>Verbinding maken met de telefoon…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="212"/>
        <source>Keep the phone unlocked. This takes a few seconds.</source>
        <translation>Houd de telefoon ontgrendeld. Dit duurt enkele seconden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="214"/>
        <source>Look at your phone and tap Allow</source>
        <translation>Kijk op uw telefoon en tik op Toestaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="224"/>
        <source>Connect your phone</source>
        <translation>Sluit uw telefoon aan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="227"/>
        <source>Plug your Android phone into this computer with a USB cable. The first time, the phone must allow this computer to read it (this is called USB debugging).</source>
        <translation>Sluit uw Android-telefoon met een USB-kabel aan op deze computer. De eerste keer moet de telefoon deze computer toestemming geven om hem te lezen (dat heet USB-foutopsporing).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="231"/>
        <source>&amp;Phones:</source>
        <translation>Te&amp;lefoons:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="232"/>
        <source>Connected phones</source>
        <translation>Aangesloten telefoons</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="235"/>
        <source>Your phone asks &quot;Allow USB debugging?&quot;. Check that the code it shows is the same as this one, tick &quot;Always allow from this computer&quot; if you like, and tap Allow.</source>
        <translation>Uw telefoon vraagt &quot;USB-foutopsporing toestaan?&quot;. Controleer of de code op de telefoon dezelfde is als deze hier, vink desgewenst &quot;Altijd toestaan vanaf deze computer&quot; aan en tik op Toestaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="239"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation>Vingerafdruk van de sleutel van deze computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>1. Plug in and unlock</source>
        <translation>1. Aansluiten en ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>Use a cable that carries data. Unlock the phone.</source>
        <translation>Gebruik een kabel die ook gegevens overdraagt. Ontgrendel de telefoon.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="243"/>
        <source>2. Developer options</source>
        <translation>2. Opties voor ontwikkelaars</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="245"/>
        <source>Settings &gt; About phone: tap Build number seven times. Samsung: About phone &gt; Software information. Xiaomi: About phone &gt; MIUI version. Pixel: About phone &gt; Build number.</source>
        <translation>Instellingen &gt; Over de telefoon: tik zeven keer op Buildnummer. Samsung: Over de telefoon &gt; Software-informatie. Xiaomi: Over de telefoon &gt; MIUI-versie. Pixel: Over de telefoon &gt; Buildnummer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="250"/>
        <source>3. USB debugging</source>
        <translation>3. USB-foutopsporing</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="251"/>
        <source>Settings &gt; System &gt; Developer options: turn on USB debugging.</source>
        <translation>Instellingen &gt; Systeem &gt; Opties voor ontwikkelaars: zet USB-foutopsporing aan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="254"/>
        <source>4. Cable mode</source>
        <translation>4. USB-modus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="255"/>
        <source>If nothing happens, pull down the notification and choose File transfer.</source>
        <translation>Gebeurt er niets? Veeg de meldingen omlaag, tik op de USB-melding en kies Bestandsoverdracht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="261"/>
        <source>&amp;Try again</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="262"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="263"/>
        <source>Connect to the phone</source>
        <translation>Verbinden met de telefoon</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../app/device/errors.py" line="17"/>
        <source>The phone could not be read.</source>
        <translation>De telefoon kon niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="18"/>
        <source>Unplug the phone, plug it in again and retry.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="33"/>
        <source>No phone was found.</source>
        <translation>Er is geen telefoon gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="34"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging in Developer options.</source>
        <translation>Sluit de telefoon aan met een USB-kabel die ook gegevens overdraagt, ontgrendel hem en zet USB-foutopsporing aan in Opties voor ontwikkelaars.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="43"/>
        <source>More than one phone is connected.</source>
        <translation>Er is meer dan één telefoon aangesloten.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="44"/>
        <source>Unplug the other phones, or name one with --device usb:SERIAL.</source>
        <translation>Koppel de andere telefoons los, of kies er één met --device usb:SERIAL.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="49"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>De telefoon vraagt of USB-foutopsporing vanaf deze computer mag worden toegestaan.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="52"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Ontgrendel de telefoon, tik in de vraag op het scherm op Toestaan en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="57"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>De telefoon heeft niet geantwoord op de vraag om USB-foutopsporing toe te staan.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="58"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Ontgrendel de telefoon, zoek de vraag &apos;USB-foutopsporing toestaan?&apos;, tik op Toestaan en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="65"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>De telefoon heeft USB-foutopsporing vanaf deze computer geweigerd.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="66"/>
        <source>Unplug and plug the phone in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en tik op Toestaan wanneer hij het vraagt. Vraagt hij niets, kies dan Opties voor ontwikkelaars &gt; Autorisatie voor USB-foutopsporing intrekken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="75"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Een ander programma op deze computer gebruikt de USB-verbinding met de telefoon al.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="78"/>
        <source>Close Android Studio or other phone tools, or run &apos;adb kill-server&apos;, or use --device adb:SERIAL to go through the running adb server.</source>
        <translation>Sluit Android Studio of andere telefoonprogramma&apos;s, voer &apos;adb kill-server&apos; uit, of gebruik --device adb:SERIAL om via de actieve adb-server te werken.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="87"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Deze computer staat dit programma niet toe de USB-verbinding met de telefoon te openen.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="90"/>
        <source>On Linux, install the Android udev rule (resources/udev/51-android.rules) into /etc/udev/rules.d/, run &apos;sudo udevadm control --reload-rules&apos;, then unplug and plug the phone in again.</source>
        <translation>Installeer op Linux de Android-udev-regel (resources/udev/51-android.rules) in /etc/udev/rules.d/, voer &apos;sudo udevadm control --reload-rules&apos; uit en koppel de telefoon daarna los en weer aan.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="99"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows heeft geen bruikbaar USB-stuurprogramma voor deze telefoon.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="100"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installeer het USB-stuurprogramma van de fabrikant van de telefoon (of dat van Google voor Pixel-telefoons) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="108"/>
        <source>USB access is not available on this computer.</source>
        <translation>USB-toegang is niet beschikbaar op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="109"/>
        <source>Reinstall Phone Self-Check, or connect through the adb server with --device adb:SERIAL.</source>
        <translation>Installeer Phone Self-Check opnieuw, of maak verbinding via de adb-server met --device adb:SERIAL.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="116"/>
        <source>The connection to the phone was lost.</source>
        <translation>De verbinding met de telefoon is verbroken.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="117"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Controleer de kabel, houd de telefoon ontgrendeld, sluit hem opnieuw aan en probeer het nog eens. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="124"/>
        <source>The phone stopped answering.</source>
        <translation>De telefoon reageert niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="125"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Ontgrendel de telefoon, controleer de kabel en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="130"/>
        <source>The phone refused the connection.</source>
        <translation>De telefoon heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="131"/>
        <source>Check that USB (or wireless) debugging is on and the address is right, then try again.</source>
        <translation>Controleer of USB-foutopsporing (of draadloze foutopsporing) aanstaat en of het adres klopt, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="138"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>De telefoon gaf een antwoord dat niet volledig kon worden gelezen. Daarom kan niet worden bevestigd dat er geen verboden app op staat.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="141"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en probeer het nog eens. Gebeurt het opnieuw, vraag dan uw helpdesk om hulp.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="150"/>
        <source>A command outside the allowed list was stopped before it reached the phone.</source>
        <translation>Een opdracht die niet op de lijst van toegestane opdrachten staat, werd tegengehouden voordat ze de telefoon bereikte.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="153"/>
        <source>Nothing was sent. Please report this to your helpdesk.</source>
        <translation>Er is niets verzonden. Meld dit aan uw helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="158"/>
        <source>That device name is not understood.</source>
        <translation>Die toestelnaam wordt niet herkend.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="159"/>
        <source>Use usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL or demo[:PROFILE].</source>
        <translation>Gebruik usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL of demo[:PROFILE].</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="166"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>De verbindingssleutel van deze computer voor de telefoon kon niet worden gelezen of aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="169"/>
        <source>Check that your user folder is not full or read-only (or set PHONE_SELFCHECK_DATA_DIR to a writable folder), then try again.</source>
        <translation>Controleer of uw gebruikersmap niet vol of alleen-lezen is (of stel PHONE_SELFCHECK_DATA_DIR in op een map waarin geschreven kan worden) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="180"/>
        <source>No adb server is running on this computer.</source>
        <translation>Er draait geen adb-server op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="181"/>
        <source>Start it with &apos;adb start-server&apos;, or connect the phone directly with --device usb.</source>
        <translation>Start de server met &apos;adb start-server&apos;, of verbind de telefoon rechtstreeks met --device usb.</translation>
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
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="71"/>
        <source>Disabled: counts as removed</source>
        <translation>Uitgeschakeld: telt als verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="73"/>
        <source>Must be removed</source>
        <translation>Moet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>Depends on who pays</source>
        <translation>Hangt af van wie betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="76"/>
        <source>Removal advised</source>
        <translation>Verwijdering aanbevolen</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="37"/>
        <source>Finished: tidy up your phone</source>
        <translation>Klaar: zet uw telefoon weer in orde</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="38"/>
        <source>Thank you. Two last steps put your phone back as it was before the check.</source>
        <translation>Dank u. Met nog twee stappen zet u uw telefoon terug zoals hij vóór de controle was.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="41"/>
        <source>1. Forget this computer</source>
        <translation>1. Deze computer vergeten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="42"/>
        <source>Settings &gt; System &gt; Developer options: tap Revoke USB debugging authorisations.</source>
        <translation>Instellingen &gt; Systeem &gt; Opties voor ontwikkelaars: tik op Autorisatie voor USB-foutopsporing intrekken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="45"/>
        <source>2. Turn USB debugging off</source>
        <translation>2. USB-foutopsporing uitzetten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="46"/>
        <source>In the same place, turn USB debugging off. You can also turn Developer options off.</source>
        <translation>Zet op dezelfde plaats USB-foutopsporing uit. U kunt ook Opties voor ontwikkelaars uitzetten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="52"/>
        <source>You can now unplug your phone.</source>
        <translation>U kunt uw telefoon nu loskoppelen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="53"/>
        <source>Check &amp;another phone</source>
        <translation>&amp;Andere telefoon controleren</translation>
    </message>
</context>
<context>
    <name>HelpdeskPanel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="142"/>
        <source>Export the register</source>
        <translation>Register exporteren</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="147"/>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="148"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="149"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="150"/>
        <source>Filter the history</source>
        <translation>Geschiedenis filteren</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="151"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="152"/>
        <source>Re&amp;fresh</source>
        <translation>Vernie&amp;uwen</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="153"/>
        <source>Refresh the history</source>
        <translation>Geschiedenis vernieuwen</translation>
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
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="65"/>
        <source>Employee no.</source>
        <translation>Personeelsnr.</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="66"/>
        <source>Agent</source>
        <translation>Helpdeskmedewerker</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="67"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="68"/>
        <source>Ownership</source>
        <translation>Wie betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="69"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="70"/>
        <source>Receipt</source>
        <translation>Ontvangstbewijs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="470"/>
        <source>The receipt could not be saved: {0}. Nothing was lost: try again, or choose another folder.</source>
        <translation>Het ontvangstbewijs kon niet worden opgeslagen: {0}. Er is niets verloren gegaan: probeer het opnieuw of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="502"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="503"/>
        <source>Connect</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="504"/>
        <source>Who pays</source>
        <translation>Wie betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="505"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="506"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="507"/>
        <source>Receipt</source>
        <translation>Ontvangstbewijs</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="508"/>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="522"/>
        <source>Phone Self-Check</source>
        <translation>Phone Self-Check</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="523"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="524"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="525"/>
        <source>&amp;Helpdesk mode</source>
        <translation>&amp;Helpdeskmodus</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="526"/>
        <source>&amp;Next phone</source>
        <translation>&amp;Volgende telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="528"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>Agent: {0}</source>
        <translation>Helpdeskmedewerker: {0}</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="67"/>
        <source>Reading what the phone says about itself…</source>
        <translation>Bezig met lezen wat de telefoon over zichzelf meldt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="70"/>
        <source>This phone is managed by an organisation (device owner: {0}). Phones like this are usually paid for by the employer.</source>
        <translation>Deze telefoon wordt beheerd door een organisatie (apparaateigenaar: {0}). Zulke telefoons worden meestal door de werkgever betaald.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="75"/>
        <source>This phone has a work profile and says it is owned by an organisation. Phones like this are usually paid for by the employer.</source>
        <translation>Deze telefoon heeft een werkprofiel en meldt dat hij eigendom is van een organisatie. Zulke telefoons worden meestal door de werkgever betaald.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="80"/>
        <source>This phone has a work profile, but says it is not owned by an organisation. Phones like this are usually personal phones also used for work.</source>
        <translation>Deze telefoon heeft een werkprofiel, maar meldt dat hij geen eigendom is van een organisatie. Zulke telefoons zijn meestal persoonlijke smartphones die ook voor het werk worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="84"/>
        <source>This phone shows no management by an organisation. That is normal for personal phones, and for some service phones too.</source>
        <translation>Deze telefoon toont geen tekenen van beheer door een organisatie. Dat is normaal voor persoonlijke smartphones, en ook voor sommige dienstsmartphones.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="95"/>
        <source>You said you pay for this phone yourself, but the phone says an organisation manages it. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>U gaf aan dat u deze telefoon zelf betaalt, maar de telefoon meldt dat hij door een organisatie wordt beheerd. Controleer wie hem betaalt; vraag het aan uw helpdesk als u het niet zeker weet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="102"/>
        <source>You said the authority pays for this phone, but it looks like a personal phone with a work profile. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>U gaf aan dat uw werkgever voor deze telefoon betaalt, maar hij lijkt een persoonlijke smartphone met een werkprofiel. Controleer wie hem betaalt; vraag het aan uw helpdesk als u het niet zeker weet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="111"/>
        <source>Who pays for this phone?</source>
        <translation>Wie betaalt deze telefoon?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="114"/>
        <source>The ban covers phones whose purchase, subscription or use is paid, fully or partly, by your employer. Personal phones used for work are not covered.</source>
        <translation>Het verbod geldt voor telefoons waarvan de aankoop, het abonnement of het gebruik volledig of gedeeltelijk door uw werkgever wordt betaald. Persoonlijke smartphones die u voor uw werk gebruikt, vallen er niet onder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="118"/>
        <source>Who pays for the phone or its subscription?</source>
        <translation>Wie betaalt de telefoon of het abonnement?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="119"/>
        <source>My &amp;employer pays for all of it (a service phone)</source>
        <translation>Mijn &amp;werkgever betaalt alles (een dienstsmartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="120"/>
        <source>My employer pays &amp;part of it (for example the subscription)</source>
        <translation>Mijn werkgever betaalt een &amp;deel (bijvoorbeeld het abonnement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="121"/>
        <source>I pay for all of it &amp;myself (a personal phone)</source>
        <translation>Ik betaal alles &amp;zelf (een persoonlijke smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="122"/>
        <source>What the phone says</source>
        <translation>Wat de telefoon meldt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="123"/>
        <source>&amp;Check the phone</source>
        <translation>Telefoon &amp;controleren</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="96"/>
        <source>&amp;Back</source>
        <translation>Te&amp;rug</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="98"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
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
        <translation>Opgeslagen. Resultaat: {0}
PDF: {1}
JSON: {2}
Controlecode (SHA-256): {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="116"/>
        <source>Save your receipt</source>
        <translation>Sla uw ontvangstbewijs op</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="119"/>
        <source>The receipt shows the result of this check. Hand it in as your employer asks. It does not list your apps: only the banned ones that were found and what was done about them.</source>
        <translation>Het ontvangstbewijs toont het resultaat van deze controle. Dien het in zoals uw werkgever dat vraagt. Het bevat geen lijst van uw apps: alleen de verboden apps die gevonden zijn en wat ermee gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="125"/>
        <source>&amp;Employee number (optional):</source>
        <translation>&amp;Personeelsnummer (optioneel):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="126"/>
        <source>Helpdesk &amp;agent (optional):</source>
        <translation>&amp;Helpdeskmedewerker (optioneel):</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="127"/>
        <source>Receipt &amp;language:</source>
        <translation>Taa&amp;l van het ontvangstbewijs:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="132"/>
        <source>&amp;Save receipt</source>
        <translation>Ontvangstbewijs op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="133"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="134"/>
        <source>&amp;Finish</source>
        <translation>&amp;Afronden</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="145"/>
        <source>Compliant</source>
        <translation>Conform</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="146"/>
        <source>No banned app is on this phone, and every user and profile was read.</source>
        <translation>Er staat geen verboden app op deze telefoon en alle gebruikers en profielen werden gelezen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="151"/>
        <source>Not compliant</source>
        <translation>Niet conform</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="152"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Er staat een verboden app op deze telefoon en het verbod is op deze telefoon van toepassing: de app moet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="160"/>
        <source>Advisory</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="161"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but the owner is advised to remove it.</source>
        <translation>Er staat een verboden app op deze telefoon. Het verbod is niet van toepassing op deze telefoon, maar aan de eigenaar wordt aanbevolen de app te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="170"/>
        <source>Undetermined</source>
        <translation>Onbepaald</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="171"/>
        <source>A banned app is on this phone. Whether the ban covers it depends on who pays for the phone.</source>
        <translation>Er staat een verboden app op deze telefoon. Of het verbod van toepassing is, hangt af van wie de telefoon betaalt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="179"/>
        <source>Incomplete</source>
        <translation>Onvolledig</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="180"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Er werd geen verboden app gevonden, maar een deel van de telefoon kon niet worden gelezen; de controle is dus onvolledig.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="186"/>
        <source>Unknown result.</source>
        <translation>Onbekend resultaat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="191"/>
        <source>The authority pays for it fully (service phone)</source>
        <translation>De werkgever betaalt de telefoon volledig (dienstsmartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="192"/>
        <source>The authority pays for it partly</source>
        <translation>De werkgever betaalt de telefoon gedeeltelijk</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="193"/>
        <source>The person pays for it (personal phone)</source>
        <translation>De persoon betaalt de telefoon zelf (persoonlijke smartphone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="194"/>
        <source>Decided from the phone&apos;s own management signals</source>
        <translation>Bepaald op basis van de beheergegevens van de telefoon zelf</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="200"/>
        <source>Covered by the ban</source>
        <translation>Valt onder het verbod</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="201"/>
        <source>Not covered by the ban</source>
        <translation>Valt niet onder het verbod</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="202"/>
        <source>Not determined</source>
        <translation>Niet bepaald</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="208"/>
        <source>Must be removed</source>
        <translation>Moet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="209"/>
        <source>Preinstalled and disabled: counts as removed</source>
        <translation>Vooraf geïnstalleerd en uitgeschakeld: telt als verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="210"/>
        <source>Removal advised</source>
        <translation>Verwijdering aanbevolen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="211"/>
        <source>Depends on who pays for the phone</source>
        <translation>Hangt af van wie de telefoon betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="217"/>
        <source>work profile (user %1)</source>
        <translation>werkprofiel (gebruiker %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="219"/>
        <source>main user</source>
        <translation>hoofdgebruiker</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="221"/>
        <source>user %1</source>
        <translation>gebruiker %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="223"/>
        <source>, preinstalled</source>
        <translation>, vooraf geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>done</source>
        <translation>uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="265"/>
        <source>Removal failed</source>
        <translation>Verwijdering mislukt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="267"/>
        <source>Disabled for this user</source>
        <translation>Uitgeschakeld voor deze gebruiker</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="268"/>
        <source>Removed for this user</source>
        <translation>Verwijderd voor deze gebruiker</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="272"/>
        <source>Nothing yet</source>
        <translation>Nog niets</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="278"/>
        <source>No banned app was found.</source>
        <translation>Er werd geen verboden app gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="286"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="287"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="288"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="289"/>
        <source>What was done</source>
        <translation>Wat er gedaan is</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="329"/>
        <source>Read and acknowledged by the person on %1.</source>
        <translation>Gelezen en bevestigd door de persoon op %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="333"/>
        <source>Not acknowledged.</source>
        <translation>Niet bevestigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="334"/>
        <source>Advice shown to the person</source>
        <translation>Advies dat aan de persoon werd getoond</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="347"/>
        <source>employee ID %1</source>
        <translation>personeelsnummer %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="349"/>
        <source>Android %1 (SDK %2)</source>
        <translation>Android %1 (SDK %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="356"/>
        <source>kept only as a fingerprint (SHA-256) %1</source>
        <translation>alleen bewaard als vingerafdruk (SHA-256) %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="360"/>
        <source>not reported by the phone</source>
        <translation>niet door de telefoon meegedeeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="362"/>
        <source>review by %1</source>
        <translation>te herzien uiterlijk op %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="364"/>
        <source>no review date</source>
        <translation>geen herzieningsdatum</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="367"/>
        <source>(review overdue)</source>
        <translation>(herzieningsdatum verstreken)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="372"/>
        <source>%1, version %2, in force since %3</source>
        <translation>%1, versie %2, van kracht sinds %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="383"/>
        <source>%1 apps checked in users %2</source>
        <translation>%1 apps gecontroleerd bij gebruikers %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="391"/>
        <source>could not read users %1</source>
        <translation>gebruikers %1 konden niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="394"/>
        <source>none (self-check)</source>
        <translation>geen (zelfcontrole)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="398"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="399"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="400"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="401"/>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="402"/>
        <source>Helpdesk agent</source>
        <translation>Helpdeskmedewerker</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="404"/>
        <source>Who pays</source>
        <translation>Wie betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="407"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="408"/>
        <source>Scope</source>
        <translation>Toepassingsgebied</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="409"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="412"/>
        <source>Phone Self-Check · compliance receipt</source>
        <translation>Phone Self-Check · ontvangstbewijs van de conformiteitscontrole</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="413"/>
        <source>Banned apps found and what was done</source>
        <translation>Gevonden verboden apps en wat ermee gedaan is</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="430"/>
        <source>Signed with Ed25519, key ID %1</source>
        <translation>Ondertekend met Ed25519, sleutel-ID %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="434"/>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="442"/>
        <source>Check the JSON receipt with: %1</source>
        <translation>Controleer het JSON-ontvangstbewijs met: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="445"/>
        <source>Made by %1 %2</source>
        <translation>Aangemaakt met %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="446"/>
        <source>Digest (SHA-256)</source>
        <translation>Controlecode (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="530"/>
        <source>Compliance receipt</source>
        <translation>Ontvangstbewijs van de conformiteitscontrole</translation>
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
        <translation> (vooraf geïnstalleerd: als de app niet kan worden verwijderd, wordt ze uitgeschakeld)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="103"/>
        <source>These apps will be removed from the phone:</source>
        <translation>Deze apps worden van de telefoon verwijderd:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="107"/>
        <source>Nothing else on the phone is touched. Remove them now?</source>
        <translation>Verder wordt er niets op de telefoon gewijzigd. Nu verwijderen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="121"/>
        <source>Removing…</source>
        <translation>Bezig met verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="129"/>
        <source>The app&apos;s page is now open on your phone. Tap Uninstall (or Disable for a preinstalled app), confirm on the phone, then press Check again.</source>
        <translation>De pagina van de app is nu geopend op uw telefoon. Tik op Verwijderen (of op Uitschakelen bij een vooraf geïnstalleerde app), bevestig op de telefoon en klik dan hier op Opnieuw controleren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="136"/>
        <source>Remove the banned app</source>
        <translation>Verwijder de verboden app</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="137"/>
        <source>You can let this program remove it for you, or do it yourself on the phone.</source>
        <translation>U kunt de app door dit programma laten verwijderen, of het zelf doen op de telefoon.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="138"/>
        <source>What will be removed</source>
        <translation>Wat wordt verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="140"/>
        <source>If you prefer to do it yourself</source>
        <translation>Als u het liever zelf doet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="143"/>
        <source>Press &quot;I&apos;ll do it on the phone&quot;: the app&apos;s settings page opens on your phone. Tap Uninstall (for a preinstalled app: Disable), confirm, then press Check again.</source>
        <translation>Klik op &quot;Ik doe het op de telefoon&quot;: de instellingenpagina van de app wordt geopend op uw telefoon. Tik op Verwijderen (bij een vooraf geïnstalleerde app: Uitschakelen), bevestig en klik dan op Opnieuw controleren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="147"/>
        <source>&amp;Remove it for me…</source>
        <translation>&amp;Verwijder ze voor mij…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="148"/>
        <source>&amp;I&apos;ll do it on the phone</source>
        <translation>&amp;Ik doe het op de telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="149"/>
        <source>&amp;Yes, remove</source>
        <translation>&amp;Ja, verwijderen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="150"/>
        <source>&amp;No, keep it for now</source>
        <translation>&amp;Nee, voorlopig behouden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="151"/>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/gui/pages/result.py" line="99"/>
        <source>{0} ({1}): the phone refused ({2})</source>
        <translation>{0} ({1}): geweigerd door de telefoon ({2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="101"/>
        <source>{0} ({1}): disabled</source>
        <translation>{0} ({1}): uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="102"/>
        <source>{0} ({1}): removed</source>
        <translation>{0} ({1}): verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="106"/>
        <source>The result</source>
        <translation>Het resultaat</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="113"/>
        <source>{0} {1}, Android {2}. {3} apps checked.</source>
        <translation>{0} {1}, Android {2}. {3} apps gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="127"/>
        <source>What was done:</source>
        <translation>Wat er gedaan is:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="136"/>
        <source>Could not be read: user or profile {0} (on Samsung phones this is usually the Secure Folder). Open it on the phone, look through its apps, and remove any banned app by hand.</source>
        <translation>Kon niet worden gelezen: gebruiker of profiel {0} (op Samsung-telefoons is dat meestal de Beveiligde map). Open die op de telefoon, bekijk de apps erin en verwijder zelf elke verboden app die u vindt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="148"/>
        <source>The decision says:</source>
        <translation>De beslissing luidt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="153"/>
        <source>Why this phone is or is not covered:</source>
        <translation>Waarom deze telefoon wel of niet onder de beslissing valt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="154"/>
        <source>What the decision covers:</source>
        <translation>Waarop de beslissing van toepassing is:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="155"/>
        <source>Source: {0}</source>
        <translation>Bron: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="163"/>
        <source>&amp;Remove it…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="164"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="165"/>
        <source>&amp;Say who pays</source>
        <translation>&amp;Aangeven wie betaalt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="166"/>
        <location filename="../../app/gui/pages/result.py" line="167"/>
        <source>&amp;Make a receipt</source>
        <translation>&amp;Ontvangstbewijs maken</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="36"/>
        <source>Reading which phone this is and who manages it…</source>
        <translation>Bezig met lezen welke telefoon dit is en wie hem beheert…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="37"/>
        <source>Looking through the apps of every user and profile…</source>
        <translation>Bezig met doorzoeken van de apps van elke gebruiker en elk profiel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="38"/>
        <source>Looking closer at what was found…</source>
        <translation>Bezig met nader bekijken van wat er gevonden is…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="39"/>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="47"/>
        <source>Cancel the check</source>
        <translation>Controle annuleren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking again…</source>
        <translation>Uw telefoon wordt opnieuw gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking your phone…</source>
        <translation>Uw telefoon wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="49"/>
        <source>This usually takes a few seconds. Keep the phone plugged in and unlocked.</source>
        <translation>Dit duurt meestal enkele seconden. Houd de telefoon aangesloten en ontgrendeld.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="51"/>
        <source>Only the names of the apps are read, to look for banned ones. They are not stored.</source>
        <translation>Alleen de namen van de apps worden gelezen, om verboden apps op te sporen. Ze worden niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="53"/>
        <source>Progress of the check</source>
        <translation>Voortgang van de controle</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../app/core/scope.py" line="101"/>
        <source>This policy also covers work profiles: the apps in the work profile must go, the personal side stays personal.</source>
        <translation>Dit beleid geldt ook voor werkprofielen: de verboden apps in het werkprofiel moeten weg, het persoonlijke deel blijft persoonlijk.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="71"/>
        <source>You said the authority pays fully for this phone or its subscription: the decision covers it.</source>
        <translation>U gaf aan dat uw werkgever deze telefoon of het abonnement volledig betaalt: de beslissing is erop van toepassing.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="74"/>
        <source>You said the authority pays partly for this phone or its subscription: the decision covers it.</source>
        <translation>U gaf aan dat uw werkgever deze telefoon of het abonnement gedeeltelijk betaalt: de beslissing is erop van toepassing.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="77"/>
        <source>The phone looks like a personal phone with a work profile; please check who pays for it.</source>
        <translation>De telefoon lijkt een persoonlijke smartphone met een werkprofiel; controleer wie hem betaalt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="80"/>
        <source>You said you pay for this phone yourself: the decision does not cover it, but you are advised not to install the app.</source>
        <translation>U gaf aan dat u deze telefoon zelf betaalt: de beslissing is er niet op van toepassing, maar we raden u aan de app niet te installeren.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="85"/>
        <source>The phone says it is managed by an organisation ({0}); please check who pays for it.</source>
        <translation>De telefoon meldt dat hij door een organisatie wordt beheerd ({0}); controleer wie hem betaalt.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="88"/>
        <source>The phone is fully managed by a device owner ({0}): it is treated as a service phone.</source>
        <translation>De telefoon wordt volledig beheerd door een apparaateigenaar ({0}): hij wordt als dienstsmartphone beschouwd.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="91"/>
        <source>The phone has a work profile on an organisation-owned device: it is treated as a service phone.</source>
        <translation>De telefoon heeft een werkprofiel op een toestel dat eigendom is van een organisatie: hij wordt als dienstsmartphone beschouwd.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="94"/>
        <source>The phone has a work profile but is not owned by an organisation: it is treated as a personal phone.</source>
        <translation>De telefoon heeft een werkprofiel, maar is geen eigendom van een organisatie: hij wordt als persoonlijke smartphone beschouwd.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="98"/>
        <source>The phone shows no management, so it cannot tell who pays for it: please say who does.</source>
        <translation>De telefoon toont geen tekenen van beheer, dus daaruit valt niet af te leiden wie hem betaalt: geef zelf aan wie betaalt.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/core/summary.py" line="9"/>
        <source>No banned app was found on this phone.</source>
        <translation>Er werd geen verboden app op deze telefoon gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="10"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Er staat een verboden app op deze telefoon en het verbod is op deze telefoon van toepassing: de app moet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="13"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it.</source>
        <translation>Er staat een verboden app op deze telefoon. Het verbod is niet van toepassing op deze telefoon, maar we raden u aan de app te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="17"/>
        <source>A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.</source>
        <translation>Er staat een verboden app op deze telefoon. Of het verbod op deze telefoon van toepassing is, hangt af van wie hem betaalt.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="21"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Er werd geen verboden app gevonden, maar een deel van de telefoon kon niet worden gelezen; de controle is dus onvolledig.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="30"/>
        <source>the work profile</source>
        <translation>het werkprofiel</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="32"/>
        <source>the main user</source>
        <translation>de hoofdgebruiker</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="34"/>
        <source>user {0}</source>
        <translation>gebruiker {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="35"/>
        <source>, preinstalled</source>
        <translation>, vooraf geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="40"/>
        <source>disabled, counts as removed</source>
        <translation>uitgeschakeld, telt als verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="42"/>
        <source>must be removed</source>
        <translation>moet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="43"/>
        <source>removal advised</source>
        <translation>verwijdering aanbevolen</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="50"/>
        <source>Phone: {0} {1}, Android {2}.</source>
        <translation>Telefoon: {0} {1}, Android {2}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="53"/>
        <source>Policy: {0} (version {1}).</source>
        <translation>Beleid: {0} (versie {1}).</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="55"/>
        <source>Scope: {0}</source>
        <translation>Toepassingsgebied: {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="59"/>
        <source>- {0} ({1}) on {2}: {3}.</source>
        <translation>- {0} ({1}) voor {2}: {3}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="66"/>
        <source>Could not read user(s) {0} (for example a Samsung Secure Folder): open it on the phone and check its apps by hand.</source>
        <translation>Kon niet worden gelezen: gebruiker(s) {0} (bijvoorbeeld een Beveiligde map op een Samsung-telefoon). Open die op de telefoon en controleer de apps erin zelf.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="73"/>
        <source>{0} apps checked in users {1}.</source>
        <translation>{0} apps gecontroleerd bij gebruikers {1}.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="21"/>
        <source>No phone was found.</source>
        <translation>Er is geen telefoon gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="22"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging.</source>
        <translation>Sluit de telefoon aan met een USB-kabel die ook gegevens overdraagt, ontgrendel hem en zet USB-foutopsporing aan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="27"/>
        <source>More than one phone is connected.</source>
        <translation>Er is meer dan één telefoon aangesloten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="28"/>
        <source>Choose the phone to check in the list.</source>
        <translation>Kies in de lijst de telefoon die u wilt controleren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="31"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>De telefoon vraagt of USB-foutopsporing vanaf deze computer mag worden toegestaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="34"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Ontgrendel de telefoon, tik in de vraag op het scherm op Toestaan en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="37"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>De telefoon heeft niet geantwoord op de vraag om USB-foutopsporing toe te staan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="38"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Ontgrendel de telefoon, zoek de vraag &apos;USB-foutopsporing toestaan?&apos;, tik op Toestaan en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="43"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>De telefoon heeft USB-foutopsporing vanaf deze computer geweigerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="44"/>
        <source>Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en tik op Toestaan wanneer hij het vraagt. Vraagt hij niets, kies dan Opties voor ontwikkelaars &gt; Autorisatie voor USB-foutopsporing intrekken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="51"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Een ander programma op deze computer gebruikt de USB-verbinding met de telefoon al.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="54"/>
        <source>Close Android Studio or other phone tools, then try again.</source>
        <translation>Sluit Android Studio of andere telefoonprogramma&apos;s en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="57"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Deze computer staat dit programma niet toe de USB-verbinding met de telefoon te openen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="60"/>
        <source>Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again.</source>
        <translation>Vraag uw helpdesk om de Android-USB-regel op deze computer te installeren en sluit de telefoon daarna opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="66"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows heeft geen bruikbaar USB-stuurprogramma voor deze telefoon.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="67"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installeer het USB-stuurprogramma van de fabrikant van de telefoon (of dat van Google voor Pixel-telefoons) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="73"/>
        <source>USB access is not available on this computer.</source>
        <translation>USB-toegang is niet beschikbaar op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="74"/>
        <source>Ask your helpdesk to reinstall Phone Self-Check.</source>
        <translation>Vraag uw helpdesk om Phone Self-Check opnieuw te installeren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="77"/>
        <source>The connection to the phone was lost.</source>
        <translation>De verbinding met de telefoon is verbroken.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="78"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Controleer de kabel, houd de telefoon ontgrendeld, sluit hem opnieuw aan en probeer het nog eens. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="83"/>
        <source>The phone stopped answering.</source>
        <translation>De telefoon reageert niet meer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="84"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Ontgrendel de telefoon, controleer de kabel en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="87"/>
        <source>The phone refused the connection.</source>
        <translation>De telefoon heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="88"/>
        <source>Check that USB debugging is on, then try again.</source>
        <translation>Controleer of USB-foutopsporing aanstaat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="91"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>De telefoon gaf een antwoord dat niet volledig kon worden gelezen. Daarom kan niet worden bevestigd dat er geen verboden app op staat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="94"/>
        <location filename="../../app/gui/texts.py" line="127"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en probeer het nog eens. Gebeurt het opnieuw, vraag dan uw helpdesk om hulp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="99"/>
        <source>The check was stopped before it finished.</source>
        <translation>De controle werd stopgezet voordat ze klaar was.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="100"/>
        <source>Nothing was changed on the phone. Start the check again when you are ready.</source>
        <translation>Er is niets gewijzigd op de telefoon. Start de controle opnieuw wanneer u klaar bent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="105"/>
        <source>The phone tools&apos; adb server is not running on this computer.</source>
        <translation>De adb-server van de telefoonhulpmiddelen draait niet op deze computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="106"/>
        <source>Choose the phone again from the list, or ask your helpdesk.</source>
        <translation>Kies de telefoon opnieuw in de lijst, of vraag het aan uw helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="109"/>
        <source>That phone could not be found any more.</source>
        <translation>Die telefoon is niet meer te vinden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="110"/>
        <source>Unplug the phone, plug it in again and choose it from the list.</source>
        <translation>Koppel de telefoon los, sluit hem opnieuw aan en kies hem in de lijst.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="113"/>
        <source>The check stopped itself before sending something it does not allow.</source>
        <translation>De controle is zelf gestopt voordat ze iets zou versturen dat niet toegestaan is.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="114"/>
        <source>Nothing was sent to the phone. Please tell your helpdesk.</source>
        <translation>Er is niets naar de telefoon verstuurd. Meld dit aan uw helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="117"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>De verbindingssleutel van deze computer voor de telefoon kon niet worden gelezen of aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="120"/>
        <source>Check that your user folder is not full, then try again.</source>
        <translation>Controleer of uw gebruikersmap niet vol is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="126"/>
        <source>Something unexpected went wrong.</source>
        <translation>Er is iets onverwachts misgegaan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="136"/>
        <source>No banned app on this phone</source>
        <translation>Geen verboden app op deze telefoon</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="137"/>
        <source>A banned app must be removed</source>
        <translation>Een verboden app moet worden verwijderd</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="138"/>
        <source>A banned app is on this phone: removal advised</source>
        <translation>Verboden app op deze telefoon: verwijdering aanbevolen</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="139"/>
        <source>A banned app is on this phone: who pays for it?</source>
        <translation>Verboden app op deze telefoon: wie betaalt de telefoon?</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="140"/>
        <source>Part of the phone could not be checked</source>
        <translation>Een deel van de telefoon kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="146"/>
        <source>We looked at every user and profile on this phone and found none of the banned apps.</source>
        <translation>We hebben elke gebruiker en elk profiel op deze telefoon bekeken en geen enkele verboden app gevonden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="149"/>
        <source>This phone is covered by the decision, and a banned app is installed. You can remove it now: nothing else on your phone is touched.</source>
        <translation>Deze telefoon valt onder de beslissing en er is een verboden app geïnstalleerd. U kunt de app nu verwijderen: verder wordt er niets op uw telefoon gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="154"/>
        <source>This phone is not covered by the decision, so you do not have to remove the app. You are advised not to keep it.</source>
        <translation>Deze telefoon valt niet onder de beslissing, dus u hoeft de app niet te verwijderen. We raden u wel aan de app niet te behouden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="159"/>
        <source>Whether you must remove the app depends on who pays for this phone. Go back and say who pays.</source>
        <translation>Of u de app moet verwijderen, hangt af van wie deze telefoon betaalt. Ga terug en geef aan wie betaalt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="162"/>
        <source>No banned app was found where we could look, but part of the phone could not be read. Check that part by hand, as explained below.</source>
        <translation>Waar we konden kijken, werd geen verboden app gevonden, maar een deel van de telefoon kon niet worden gelezen. Controleer dat deel zelf, zoals hieronder uitgelegd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="177"/>
        <source>Work profile</source>
        <translation>Werkprofiel</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="179"/>
        <source>Personal side (main user)</source>
        <translation>Persoonlijk deel (hoofdgebruiker)</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="181"/>
        <source>Other user or profile ({0})</source>
        <translation>Andere gebruiker of ander profiel ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="182"/>
        <source>, preinstalled</source>
        <translation>, vooraf geïnstalleerd</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="56"/>
        <source>Check your phone for banned apps</source>
        <translation>Controleer uw telefoon op verboden apps</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="59"/>
        <source>Your employer has banned some apps (such as TikTok) from phones it pays for. This program looks at your Android phone, tells you whether a banned app is on it, and helps you remove it if needed.</source>
        <translation>Uw werkgever heeft sommige apps (zoals TikTok) verboden op telefoons die hij betaalt. Dit programma bekijkt uw Android-telefoon, laat u weten of er een verboden app op staat en helpt u die zo nodig te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="66"/>
        <source>It does not change anything without asking you first, it does not look at your messages, photos or accounts, and it does not judge you: many phones came with these apps preinstalled.</source>
        <translation>Het wijzigt niets zonder het u eerst te vragen, het bekijkt uw berichten, foto&apos;s en accounts niet, en het oordeelt niet over u: op veel telefoons stonden deze apps al vooraf geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="70"/>
        <source>Your privacy</source>
        <translation>Uw privacy</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="73"/>
        <source>Nothing leaves this computer. The list of your apps is read only to look for banned ones and is never stored. You decide whether to save a receipt.</source>
        <translation>Er verlaat niets deze computer. De lijst van uw apps wordt alleen gelezen om verboden apps op te sporen en wordt nooit bewaard. U beslist zelf of u een ontvangstbewijs opslaat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="78"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="79"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="80"/>
        <source>Start the check</source>
        <translation>De controle starten</translation>
    </message>
</context>
</TS>
