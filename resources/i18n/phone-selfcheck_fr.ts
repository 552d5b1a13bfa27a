<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>AdvisoryPage</name>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="64"/>
        <source>Advice for your personal phone</source>
        <translation>Recommandation pour votre smartphone personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="67"/>
        <source>The ban does not cover this phone, so you do not have to remove the app. Your employer advises you not to keep it, for these reasons.</source>
        <translation>L&apos;interdiction ne s&apos;applique pas à ce téléphone&#xa0;: vous n&apos;avez donc pas l&apos;obligation de supprimer l&apos;application. Votre employeur vous recommande toutefois de ne pas la conserver, pour les raisons suivantes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="72"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="77"/>
        <source>I have &amp;read this advice</source>
        <translation>&amp;J&apos;ai lu cette recommandation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="78"/>
        <location filename="../../app/gui/pages/advisory.py" line="79"/>
        <source>Your full name</source>
        <translation>Vos nom et prénom</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="81"/>
        <source>Remove it &amp;anyway…</source>
        <translation>&amp;Supprimer quand même…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/advisory.py" line="82"/>
        <source>Ac&amp;knowledge and continue</source>
        <translation>&amp;Prendre acte et continuer</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="146"/>
        <source>nothing is removed without --yes: run &apos;scan&apos; first to see what would be removed</source>
        <translation>rien n&apos;est supprimé sans --yes&#xa0;: exécutez d&apos;abord «&#xa0;scan&#xa0;» pour voir ce qui serait supprimé</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="163"/>
        <source>Nothing had to be removed.</source>
        <translation>Aucune suppression n&apos;était nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>done</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="165"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="176"/>
        <source>No phone was found. Plug the phone in with a data cable, unlock it and turn on USB debugging; or try the simulated phone with --device demo.</source>
        <translation>Aucun téléphone n&apos;a été trouvé. Branchez le téléphone avec un câble de transfert de données, déverrouillez-le et activez le débogage USB&#xa0;; ou essayez le téléphone simulé avec --device demo.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202"/>
        <source>Simulated phone &apos;{0}&apos; is listening on 127.0.0.1:{1}.</source>
        <translation>Le téléphone simulé «&#xa0;{0}&#xa0;» écoute sur 127.0.0.1:{1}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="204"/>
        <source>Connect with: adb connect 127.0.0.1:{0}   (Ctrl-C stops it)</source>
        <translation>Pour s&apos;y connecter&#xa0;: adb connect 127.0.0.1:{0}   (Ctrl-C pour l&apos;arrêter)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="256"/>
        <source>The simulated phone could not be started: {0}</source>
        <translation>Le téléphone simulé n&apos;a pas pu être démarré&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="266"/>
        <source>A file could not be written: {0}</source>
        <translation>Un fichier n&apos;a pas pu être écrit&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="269"/>
        <source>The policy file could not be used: {0}</source>
        <translation>Le fichier de politique n&apos;a pas pu être utilisé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="274"/>
        <source>Something unexpected went wrong ({0}). Run again with --debug and tell your helpdesk.</source>
        <translation>Une erreur inattendue s&apos;est produite ({0}). Relancez la commande avec --debug et prévenez votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="168"/>
        <source>The advisory is for phones the ban does not cover; --acknowledge-advisory was not recorded.</source>
        <translation>La recommandation ne concerne que les téléphones auxquels l&apos;interdiction ne s&apos;applique pas&#xa0;; --acknowledge-advisory n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="195"/>
        <source>Advice (acknowledged): {0}</source>
        <translation>Recommandation (prise de connaissance confirmée)&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="197"/>
        <source>Advice (not acknowledged): {0}</source>
        <translation>Recommandation (prise de connaissance non confirmée)&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="199"/>
        <source>Receipt written:</source>
        <translation>Attestation enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="205"/>
        <source>The receipt was written, but the register could not record it: {0}</source>
        <translation>L&apos;attestation a été enregistrée, mais elle n&apos;a pas pu être consignée dans le registre&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="229"/>
        <source>The receipt file {0} cannot be read ({1}).</source>
        <translation>Le fichier d&apos;attestation {0} ne peut pas être lu ({1}).</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="238"/>
        <source>Receipt of {0}, checked {1}, {2} {3}: {4}.</source>
        <translation>Attestation de {0}, vérification du {1}, {2} {3}&#xa0;: {4}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt holds.</source>
        <translation>L&apos;attestation est valide.</translation>
    </message>
    <message>
        <location filename="../../app/cli_receipts.py" line="245"/>
        <source>The receipt does NOT hold.</source>
        <translation>L&apos;attestation n&apos;est PAS valide.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="171"/>
        <source>Simulated phone ({0})</source>
        <translation>Téléphone simulé ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="173"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="174"/>
        <source>waiting for you to tap Allow</source>
        <translation>attend que vous appuyiez sur «&#xa0;Autoriser&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="175"/>
        <source>this computer may not open it</source>
        <translation>cet ordinateur n&apos;a pas le droit d&apos;y accéder</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="176"/>
        <source>USB debugging is off</source>
        <translation>débogage USB désactivé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="177"/>
        <source>used by another program</source>
        <translation>utilisé par un autre programme</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="178"/>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="193"/>
        <source>A phone is connected, but it is not ready yet.</source>
        <translation>Un téléphone est connecté, mais il n&apos;est pas encore prêt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="195"/>
        <source>Follow the steps below. The phone is picked up by itself as soon as it is ready.</source>
        <translation>Suivez les étapes ci-dessous. Le téléphone sera détecté automatiquement dès qu&apos;il sera prêt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="198"/>
        <source>Looking for your phone…</source>
        <translation>Recherche de votre téléphone…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="200"/>
        <source>Follow the steps below. The phone is picked up by itself within a second or two.</source>
        <translation>Suivez les étapes ci-dessous. Le téléphone sera détecté automatiquement en une ou deux secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="204"/>
        <source>Several phones are connected.</source>
        <translation>Plusieurs téléphones sont connectés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="205"/>
        <source>Choose the phone to check, then press Connect.</source>
        <translation>Choisissez le téléphone à vérifier, puis cliquez sur «&#xa0;Connecter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="208"/>
        <source>Phone found: {0}</source>
        <translation>Téléphone trouvé&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="209"/>
        <source>Press Connect. Keep the phone unlocked.</source>
        <translation>Cliquez sur «&#xa0;Connecter&#xa0;». Gardez le téléphone déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="211"/>
        <source>Connecting to the phone…</source>
        <translation>Connexion au téléphone…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="212"/>
        <source>Keep the phone unlocked. This takes a few seconds.</source>
        <translation>Gardez le téléphone déverrouillé. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="214"/>
        <source>Look at your phone and tap Allow</source>
        <translation>Regardez votre téléphone et appuyez sur «&#xa0;Autoriser&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="224"/>
        <source>Connect your phone</source>
        <translation>Connectez votre téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="227"/>
        <source>Plug your Android phone into this computer with a USB cable. The first time, the phone must allow this computer to read it (this is called USB debugging).</source>
        <translation>Branchez votre téléphone Android sur cet ordinateur avec un câble USB. La première fois, le téléphone doit autoriser cet ordinateur à le lire (c&apos;est ce qu&apos;on appelle le débogage USB).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="231"/>
        <source>&amp;Phones:</source>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="232"/>
        <source>Connected phones</source>
        <translation>Téléphones connectés</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="235"/>
        <source>Your phone asks &quot;Allow USB debugging?&quot;. Check that the code it shows is the same as this one, tick &quot;Always allow from this computer&quot; if you like, and tap Allow.</source>
        <translation>Votre téléphone demande «&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;». Vérifiez que le code qu&apos;il affiche est identique à celui-ci, cochez «&#xa0;Toujours autoriser cet ordinateur&#xa0;» si vous le souhaitez, puis appuyez sur «&#xa0;Autoriser&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="239"/>
        <source>This computer&apos;s key fingerprint</source>
        <translation>Empreinte de la clé de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>1. Plug in and unlock</source>
        <translation>1. Brancher et déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="241"/>
        <source>Use a cable that carries data. Unlock the phone.</source>
        <translation>Utilisez un câble de transfert de données. Déverrouillez le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="243"/>
        <source>2. Developer options</source>
        <translation>2. Options pour les développeurs</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="245"/>
        <source>Settings &gt; About phone: tap Build number seven times. Samsung: About phone &gt; Software information. Xiaomi: About phone &gt; MIUI version. Pixel: About phone &gt; Build number.</source>
        <translation>Paramètres &gt; À propos du téléphone&#xa0;: appuyez sept fois sur «&#xa0;Numéro de build&#xa0;». Samsung&#xa0;: À propos du téléphone &gt; Informations sur le logiciel. Xiaomi&#xa0;: À propos du téléphone &gt; Version de MIUI. Pixel&#xa0;: À propos du téléphone &gt; Numéro de build.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="250"/>
        <source>3. USB debugging</source>
        <translation>3. Débogage USB</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="251"/>
        <source>Settings &gt; System &gt; Developer options: turn on USB debugging.</source>
        <translation>Paramètres &gt; Système &gt; Options pour les développeurs&#xa0;: activez «&#xa0;Débogage USB&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="254"/>
        <source>4. Cable mode</source>
        <translation>4. Mode USB</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="255"/>
        <source>If nothing happens, pull down the notification and choose File transfer.</source>
        <translation>Si rien ne se passe, faites glisser le haut de l&apos;écran vers le bas, touchez la notification USB et choisissez «&#xa0;Transfert de fichiers&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="261"/>
        <source>&amp;Try again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="262"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/connect.py" line="263"/>
        <source>Connect to the phone</source>
        <translation>Se connecter au téléphone</translation>
    </message>
</context>
<context>
    <name>DeviceErrors</name>
    <message>
        <location filename="../../app/device/errors.py" line="17"/>
        <source>The phone could not be read.</source>
        <translation>Le téléphone n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="18"/>
        <source>Unplug the phone, plug it in again and retry.</source>
        <translation>Débranchez le téléphone, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="33"/>
        <source>No phone was found.</source>
        <translation>Aucun téléphone n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="34"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging in Developer options.</source>
        <translation>Branchez le téléphone avec un câble USB de transfert de données, déverrouillez-le et activez le débogage USB dans les options pour les développeurs.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="43"/>
        <source>More than one phone is connected.</source>
        <translation>Plusieurs téléphones sont connectés.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="44"/>
        <source>Unplug the other phones, or name one with --device usb:SERIAL.</source>
        <translation>Débranchez les autres téléphones, ou désignez-en un avec --device usb:SERIAL.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="49"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>Le téléphone demande s&apos;il faut autoriser le débogage USB depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="52"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Déverrouillez le téléphone, appuyez sur «&#xa0;Autoriser&#xa0;» dans la fenêtre qui s&apos;affiche, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="57"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>Le téléphone n&apos;a pas répondu à la demande d&apos;autorisation du débogage USB.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="58"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Déverrouillez le téléphone, cherchez la question «&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;», appuyez sur «&#xa0;Autoriser&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="65"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>Le téléphone a refusé le débogage USB depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="66"/>
        <source>Unplug and plug the phone in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Débranchez puis rebranchez le téléphone et appuyez sur «&#xa0;Autoriser&#xa0;» lorsqu&apos;il vous le demande. Si la question n&apos;apparaît jamais, utilisez Options pour les développeurs &gt; Révoquer les autorisations de débogage USB, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="75"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Un autre programme de cet ordinateur utilise déjà la connexion USB du téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="78"/>
        <source>Close Android Studio or other phone tools, or run &apos;adb kill-server&apos;, or use --device adb:SERIAL to go through the running adb server.</source>
        <translation>Fermez Android Studio ou les autres outils pour téléphone, ou exécutez «&#xa0;adb kill-server&#xa0;», ou utilisez --device adb:SERIAL pour passer par le serveur adb déjà lancé.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="87"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Cet ordinateur n&apos;autorise pas ce programme à ouvrir la connexion USB du téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="90"/>
        <source>On Linux, install the Android udev rule (resources/udev/51-android.rules) into /etc/udev/rules.d/, run &apos;sudo udevadm control --reload-rules&apos;, then unplug and plug the phone in again.</source>
        <translation>Sous Linux, installez la règle udev Android (resources/udev/51-android.rules) dans /etc/udev/rules.d/, exécutez «&#xa0;sudo udevadm control --reload-rules&#xa0;», puis débranchez et rebranchez le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="99"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows ne dispose d&apos;aucun pilote USB utilisable pour ce téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="100"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installez le pilote USB du fabricant du téléphone (ou le pilote USB de Google pour les téléphones Pixel), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="108"/>
        <source>USB access is not available on this computer.</source>
        <translation>L&apos;accès USB n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="109"/>
        <source>Reinstall Phone Self-Check, or connect through the adb server with --device adb:SERIAL.</source>
        <translation>Réinstallez Phone Self-Check, ou connectez-vous via le serveur adb avec --device adb:SERIAL.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="116"/>
        <source>The connection to the phone was lost.</source>
        <translation>La connexion avec le téléphone a été perdue.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="117"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Vérifiez le câble, gardez le téléphone déverrouillé, rebranchez-le et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="124"/>
        <source>The phone stopped answering.</source>
        <translation>Le téléphone ne répond plus.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="125"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Déverrouillez le téléphone, vérifiez le câble et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="130"/>
        <source>The phone refused the connection.</source>
        <translation>Le téléphone a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="131"/>
        <source>Check that USB (or wireless) debugging is on and the address is right, then try again.</source>
        <translation>Vérifiez que le débogage USB (ou le débogage sans fil) est activé et que l&apos;adresse est correcte, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="138"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>Le téléphone a donné une réponse qui n&apos;a pas pu être lue entièrement&#xa0;: il ne peut donc pas être déclaré exempt d&apos;applications interdites.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="141"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Débranchez le téléphone, rebranchez-le et réessayez. Si le problème se reproduit, adressez-vous à votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="150"/>
        <source>A command outside the allowed list was stopped before it reached the phone.</source>
        <translation>Une commande ne figurant pas dans la liste autorisée a été bloquée avant d&apos;atteindre le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="153"/>
        <source>Nothing was sent. Please report this to your helpdesk.</source>
        <translation>Rien n&apos;a été envoyé. Veuillez le signaler à votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="158"/>
        <source>That device name is not understood.</source>
        <translation>Ce nom d&apos;appareil n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="159"/>
        <source>Use usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL or demo[:PROFILE].</source>
        <translation>Utilisez usb, usb:SERIAL, tcp:HOST:PORT, adb:SERIAL ou demo[:PROFILE].</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="166"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>La clé de connexion de cet ordinateur pour le téléphone n&apos;a pas pu être lue ni créée.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="169"/>
        <source>Check that your user folder is not full or read-only (or set PHONE_SELFCHECK_DATA_DIR to a writable folder), then try again.</source>
        <translation>Vérifiez que votre dossier utilisateur n&apos;est ni plein ni en lecture seule (ou faites pointer PHONE_SELFCHECK_DATA_DIR vers un dossier accessible en écriture), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="180"/>
        <source>No adb server is running on this computer.</source>
        <translation>Aucun serveur adb n&apos;est lancé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/device/errors.py" line="181"/>
        <source>Start it with &apos;adb start-server&apos;, or connect the phone directly with --device usb.</source>
        <translation>Lancez-le avec «&#xa0;adb start-server&#xa0;», ou connectez directement le téléphone avec --device usb.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../app/gui/models.py" line="43"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="44"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="46"/>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="71"/>
        <source>Disabled: counts as removed</source>
        <translation>Désactivée&#xa0;: considérée comme supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="73"/>
        <source>Must be removed</source>
        <translation>Doit être supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="75"/>
        <source>Depends on who pays</source>
        <translation>Dépend de qui paie</translation>
    </message>
    <message>
        <location filename="../../app/gui/models.py" line="76"/>
        <source>Removal advised</source>
        <translation>Suppression recommandée</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="37"/>
        <source>Finished: tidy up your phone</source>
        <translation>Terminé&#xa0;: remettez votre téléphone en ordre</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="38"/>
        <source>Thank you. Two last steps put your phone back as it was before the check.</source>
        <translation>Merci. Deux dernières étapes remettent votre téléphone dans l&apos;état où il était avant la vérification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="41"/>
        <source>1. Forget this computer</source>
        <translation>1. Oublier cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="42"/>
        <source>Settings &gt; System &gt; Developer options: tap Revoke USB debugging authorisations.</source>
        <translation>Paramètres &gt; Système &gt; Options pour les développeurs&#xa0;: appuyez sur «&#xa0;Révoquer les autorisations de débogage USB&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="45"/>
        <source>2. Turn USB debugging off</source>
        <translation>2. Désactiver le débogage USB</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="46"/>
        <source>In the same place, turn USB debugging off. You can also turn Developer options off.</source>
        <translation>Au même endroit, désactivez «&#xa0;Débogage USB&#xa0;». Vous pouvez aussi désactiver les options pour les développeurs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="52"/>
        <source>You can now unplug your phone.</source>
        <translation>Vous pouvez maintenant débrancher votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/finish.py" line="53"/>
        <source>Check &amp;another phone</source>
        <translation>&amp;Vérifier un autre téléphone</translation>
    </message>
</context>
<context>
    <name>HelpdeskPanel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="142"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="147"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="148"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="149"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="150"/>
        <source>Filter the history</source>
        <translation>Filtrer l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="151"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="152"/>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="153"/>
        <source>Refresh the history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="64"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="65"/>
        <source>Employee no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="66"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="67"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="68"/>
        <source>Ownership</source>
        <translation>Qui paie</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="69"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/helpdesk.py" line="70"/>
        <source>Receipt</source>
        <translation>Attestation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="470"/>
        <source>The receipt could not be saved: {0}. Nothing was lost: try again, or choose another folder.</source>
        <translation>L&apos;attestation n&apos;a pas pu être enregistrée&#xa0;: {0}. Rien n&apos;a été perdu&#xa0;: réessayez, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="502"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="503"/>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="504"/>
        <source>Who pays</source>
        <translation>Qui paie</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="505"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="506"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="507"/>
        <source>Receipt</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="508"/>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="522"/>
        <source>Phone Self-Check</source>
        <translation>Phone Self-Check</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="523"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="524"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="525"/>
        <source>&amp;Helpdesk mode</source>
        <translation>Mode &amp;helpdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="526"/>
        <source>&amp;Next phone</source>
        <translation>&amp;Téléphone suivant</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="528"/>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>Agent: {0}</source>
        <translation>Agent&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="67"/>
        <source>Reading what the phone says about itself…</source>
        <translation>Lecture des informations fournies par le téléphone…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="70"/>
        <source>This phone is managed by an organisation (device owner: {0}). Phones like this are usually paid for by the employer.</source>
        <translation>Ce téléphone est géré par une organisation (propriétaire de l&apos;appareil&#xa0;: {0}). Ce type de téléphone est généralement payé par l&apos;employeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="75"/>
        <source>This phone has a work profile and says it is owned by an organisation. Phones like this are usually paid for by the employer.</source>
        <translation>Ce téléphone dispose d&apos;un profil professionnel et indique qu&apos;il appartient à une organisation. Ce type de téléphone est généralement payé par l&apos;employeur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="80"/>
        <source>This phone has a work profile, but says it is not owned by an organisation. Phones like this are usually personal phones also used for work.</source>
        <translation>Ce téléphone dispose d&apos;un profil professionnel, mais indique qu&apos;il n&apos;appartient pas à une organisation. Il s&apos;agit généralement d&apos;un smartphone personnel également utilisé pour le travail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="84"/>
        <source>This phone shows no management by an organisation. That is normal for personal phones, and for some service phones too.</source>
        <translation>Ce téléphone n&apos;indique aucune gestion par une organisation. C&apos;est normal pour un smartphone personnel, et aussi pour certains smartphones de service.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="95"/>
        <source>You said you pay for this phone yourself, but the phone says an organisation manages it. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>Vous avez indiqué payer vous-même ce téléphone, mais le téléphone indique qu&apos;il est géré par une organisation. Veuillez vérifier qui le paie&#xa0;: en cas de doute, adressez-vous à votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="102"/>
        <source>You said the authority pays for this phone, but it looks like a personal phone with a work profile. Please check who pays for it: ask your helpdesk if you are not sure.</source>
        <translation>Vous avez indiqué que votre employeur paie ce téléphone, mais il ressemble à un smartphone personnel doté d&apos;un profil professionnel. Veuillez vérifier qui le paie&#xa0;: en cas de doute, adressez-vous à votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="111"/>
        <source>Who pays for this phone?</source>
        <translation>Qui paie ce téléphone&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="114"/>
        <source>The ban covers phones whose purchase, subscription or use is paid, fully or partly, by your employer. Personal phones used for work are not covered.</source>
        <translation>L&apos;interdiction s&apos;applique aux téléphones dont l&apos;achat, l&apos;abonnement ou l&apos;utilisation est pris en charge, totalement ou partiellement, par votre employeur. Les smartphones personnels utilisés pour le travail ne sont pas visés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="118"/>
        <source>Who pays for the phone or its subscription?</source>
        <translation>Qui paie le téléphone ou son abonnement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="119"/>
        <source>My &amp;employer pays for all of it (a service phone)</source>
        <translation>Mon &amp;employeur paie la totalité (smartphone de service)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="120"/>
        <source>My employer pays &amp;part of it (for example the subscription)</source>
        <translation>Mon employeur en paie une &amp;partie (par exemple l&apos;abonnement)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="121"/>
        <source>I pay for all of it &amp;myself (a personal phone)</source>
        <translation>Je paie la totalité &amp;moi-même (smartphone personnel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="122"/>
        <source>What the phone says</source>
        <translation>Ce qu&apos;indique le téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/ownership.py" line="123"/>
        <source>&amp;Check the phone</source>
        <translation>&amp;Vérifier le téléphone</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../app/gui/pages/base.py" line="96"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/base.py" line="98"/>
        <source>Continue</source>
        <translation>Continuer</translation>
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
        <translation>Attestation enregistrée. Résultat&#xa0;: {0}
PDF&#xa0;: {1}
JSON&#xa0;: {2}
Code de contrôle (SHA-256)&#xa0;: {3}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="116"/>
        <source>Save your receipt</source>
        <translation>Enregistrez votre attestation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="119"/>
        <source>The receipt shows the result of this check. Hand it in as your employer asks. It does not list your apps: only the banned ones that were found and what was done about them.</source>
        <translation>L&apos;attestation indique le résultat de cette vérification. Remettez-la selon les instructions de votre employeur. Elle ne reprend pas la liste de vos applications&#xa0;: seulement les applications interdites trouvées et les mesures prises.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="124"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="125"/>
        <source>&amp;Employee number (optional):</source>
        <translation>&amp;Matricule (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="126"/>
        <source>Helpdesk &amp;agent (optional):</source>
        <translation>Agent du &amp;helpdesk (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="127"/>
        <source>Receipt &amp;language:</source>
        <translation>Lan&amp;gue de l&apos;attestation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="132"/>
        <source>&amp;Save receipt</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="133"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/receipt.py" line="134"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="145"/>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="146"/>
        <source>No banned app is on this phone, and every user and profile was read.</source>
        <translation>Aucune application interdite ne se trouve sur ce téléphone, et tous les utilisateurs et profils ont été examinés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="151"/>
        <source>Not compliant</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="152"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Une application interdite se trouve sur ce téléphone et l&apos;interdiction s&apos;applique à ce téléphone&#xa0;: elle doit être supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="160"/>
        <source>Advisory</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="161"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but the owner is advised to remove it.</source>
        <translation>Une application interdite se trouve sur ce téléphone. L&apos;interdiction ne s&apos;applique pas à ce téléphone, mais il est recommandé à son propriétaire de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="170"/>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="171"/>
        <source>A banned app is on this phone. Whether the ban covers it depends on who pays for the phone.</source>
        <translation>Une application interdite se trouve sur ce téléphone. L&apos;interdiction s&apos;y applique ou non selon qui paie le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="179"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="180"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Aucune application interdite n&apos;a été trouvée, mais une partie du téléphone n&apos;a pas pu être lue&#xa0;: la vérification est donc incomplète.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="186"/>
        <source>Unknown result.</source>
        <translation>Résultat inconnu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="191"/>
        <source>The authority pays for it fully (service phone)</source>
        <translation>Entièrement pris en charge par l&apos;employeur (smartphone de service)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="192"/>
        <source>The authority pays for it partly</source>
        <translation>Partiellement pris en charge par l&apos;employeur</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="193"/>
        <source>The person pays for it (personal phone)</source>
        <translation>À charge de la personne (smartphone personnel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="194"/>
        <source>Decided from the phone&apos;s own management signals</source>
        <translation>Déterminé d&apos;après les informations de gestion fournies par le téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="200"/>
        <source>Covered by the ban</source>
        <translation>Visé par l&apos;interdiction</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="201"/>
        <source>Not covered by the ban</source>
        <translation>Non visé par l&apos;interdiction</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="202"/>
        <source>Not determined</source>
        <translation>Non déterminé</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="208"/>
        <source>Must be removed</source>
        <translation>Doit être supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="209"/>
        <source>Preinstalled and disabled: counts as removed</source>
        <translation>Préinstallée et désactivée&#xa0;: considérée comme supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="210"/>
        <source>Removal advised</source>
        <translation>Suppression recommandée</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="211"/>
        <source>Depends on who pays for the phone</source>
        <translation>Dépend de qui paie le téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="217"/>
        <source>work profile (user %1)</source>
        <translation>profil professionnel (utilisateur %1)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="219"/>
        <source>main user</source>
        <translation>utilisateur principal</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="221"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="223"/>
        <source>, preinstalled</source>
        <translation>, préinstallée</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>done</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="257"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="265"/>
        <source>Removal failed</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="267"/>
        <source>Disabled for this user</source>
        <translation>Désactivée pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="268"/>
        <source>Removed for this user</source>
        <translation>Supprimée pour cet utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="272"/>
        <source>Nothing yet</source>
        <translation>Aucune action à ce jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="278"/>
        <source>No banned app was found.</source>
        <translation>Aucune application interdite n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="286"/>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="287"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="288"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="289"/>
        <source>What was done</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="329"/>
        <source>Read and acknowledged by the person on %1.</source>
        <translation>Prise de connaissance confirmée par la personne le %1.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="333"/>
        <source>Not acknowledged.</source>
        <translation>Prise de connaissance non confirmée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="334"/>
        <source>Advice shown to the person</source>
        <translation>Recommandation présentée à la personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="347"/>
        <source>employee ID %1</source>
        <translation>matricule %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="349"/>
        <source>Android %1 (SDK %2)</source>
        <translation>Android %1 (SDK %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="356"/>
        <source>kept only as a fingerprint (SHA-256) %1</source>
        <translation>conservé uniquement sous forme d&apos;empreinte (SHA-256) %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="360"/>
        <source>not reported by the phone</source>
        <translation>non communiqué par le téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="362"/>
        <source>review by %1</source>
        <translation>révision prévue au plus tard le %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="364"/>
        <source>no review date</source>
        <translation>pas de date de révision</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="367"/>
        <source>(review overdue)</source>
        <translation>(date de révision dépassée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="372"/>
        <source>%1, version %2, in force since %3</source>
        <translation>%1, version %2, en vigueur depuis le %3</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="383"/>
        <source>%1 apps checked in users %2</source>
        <translation>%1 applications vérifiées pour les utilisateurs %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="391"/>
        <source>could not read users %1</source>
        <translation>lecture impossible pour les utilisateurs %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="394"/>
        <source>none (self-check)</source>
        <translation>aucun (auto-vérification)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="398"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="399"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="400"/>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="401"/>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="402"/>
        <source>Helpdesk agent</source>
        <translation>Agent du helpdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="404"/>
        <source>Who pays</source>
        <translation>Qui paie</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="407"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="408"/>
        <source>Scope</source>
        <translation>Champ d&apos;application</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="409"/>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="412"/>
        <source>Phone Self-Check · compliance receipt</source>
        <translation>Phone Self-Check · attestation de conformité</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="413"/>
        <source>Banned apps found and what was done</source>
        <translation>Applications interdites trouvées et mesures prises</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="430"/>
        <source>Signed with Ed25519, key ID %1</source>
        <translation>Signée avec Ed25519, identifiant de clé %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="434"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="442"/>
        <source>Check the JSON receipt with: %1</source>
        <translation>Vérifier l&apos;attestation JSON avec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="445"/>
        <source>Made by %1 %2</source>
        <translation>Établie par %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="446"/>
        <source>Digest (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/gui/receipt_pdf.py" line="530"/>
        <source>Compliance receipt</source>
        <translation>Attestation de conformité</translation>
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
        <translation> (préinstallée&#xa0;: si elle ne peut pas être supprimée, elle sera désactivée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="103"/>
        <source>These apps will be removed from the phone:</source>
        <translation>Ces applications seront supprimées du téléphone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="107"/>
        <source>Nothing else on the phone is touched. Remove them now?</source>
        <translation>Rien d&apos;autre ne sera modifié sur le téléphone. Les supprimer maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="121"/>
        <source>Removing…</source>
        <translation>Suppression en cours…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="129"/>
        <source>The app&apos;s page is now open on your phone. Tap Uninstall (or Disable for a preinstalled app), confirm on the phone, then press Check again.</source>
        <translation>La page de l&apos;application est maintenant ouverte sur votre téléphone. Appuyez sur «&#xa0;Désinstaller&#xa0;» (ou «&#xa0;Désactiver&#xa0;» pour une application préinstallée), confirmez sur le téléphone, puis cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="136"/>
        <source>Remove the banned app</source>
        <translation>Supprimer l&apos;application interdite</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="137"/>
        <source>You can let this program remove it for you, or do it yourself on the phone.</source>
        <translation>Vous pouvez laisser ce programme la supprimer à votre place, ou le faire vous-même sur le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="138"/>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="140"/>
        <source>If you prefer to do it yourself</source>
        <translation>Si vous préférez le faire vous-même</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="143"/>
        <source>Press &quot;I&apos;ll do it on the phone&quot;: the app&apos;s settings page opens on your phone. Tap Uninstall (for a preinstalled app: Disable), confirm, then press Check again.</source>
        <translation>Cliquez sur «&#xa0;Je le fais sur le téléphone&#xa0;»&#xa0;: la page de l&apos;application s&apos;ouvre dans les paramètres de votre téléphone. Appuyez sur «&#xa0;Désinstaller&#xa0;» (pour une application préinstallée&#xa0;: «&#xa0;Désactiver&#xa0;»), confirmez, puis cliquez sur «&#xa0;Vérifier à nouveau&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="147"/>
        <source>&amp;Remove it for me…</source>
        <translation>&amp;Supprimer à ma place…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="148"/>
        <source>&amp;I&apos;ll do it on the phone</source>
        <translation>&amp;Je le fais sur le téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="149"/>
        <source>&amp;Yes, remove</source>
        <translation>&amp;Oui, supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="150"/>
        <source>&amp;No, keep it for now</source>
        <translation>&amp;Non, pas maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/removal.py" line="151"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../app/gui/pages/result.py" line="99"/>
        <source>{0} ({1}): the phone refused ({2})</source>
        <translation>{0} ({1})&#xa0;: refusé par le téléphone ({2})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="101"/>
        <source>{0} ({1}): disabled</source>
        <translation>{0} ({1})&#xa0;: désactivée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="102"/>
        <source>{0} ({1}): removed</source>
        <translation>{0} ({1})&#xa0;: supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="106"/>
        <source>The result</source>
        <translation>Le résultat</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="113"/>
        <source>{0} {1}, Android {2}. {3} apps checked.</source>
        <translation>{0} {1}, Android {2}. {3} applications vérifiées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="127"/>
        <source>What was done:</source>
        <translation>Mesures prises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="136"/>
        <source>Could not be read: user or profile {0} (on Samsung phones this is usually the Secure Folder). Open it on the phone, look through its apps, and remove any banned app by hand.</source>
        <translation>Lecture impossible&#xa0;: utilisateur ou profil {0} (sur les téléphones Samsung, il s&apos;agit généralement du «&#xa0;Dossier sécurisé&#xa0;»). Ouvrez-le sur le téléphone, parcourez ses applications et supprimez vous-même toute application interdite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="148"/>
        <source>The decision says:</source>
        <translation>La décision dit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="153"/>
        <source>Why this phone is or is not covered:</source>
        <translation>Pourquoi ce téléphone est visé ou non&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="154"/>
        <source>What the decision covers:</source>
        <translation>Ce que vise la décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="155"/>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="163"/>
        <source>&amp;Remove it…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="164"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="165"/>
        <source>&amp;Say who pays</source>
        <translation>&amp;Indiquer qui paie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/result.py" line="166"/>
        <location filename="../../app/gui/pages/result.py" line="167"/>
        <source>&amp;Make a receipt</source>
        <translation>&amp;Créer l&apos;attestation</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="36"/>
        <source>Reading which phone this is and who manages it…</source>
        <translation>Identification du téléphone et de son gestionnaire…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="37"/>
        <source>Looking through the apps of every user and profile…</source>
        <translation>Examen des applications de chaque utilisateur et profil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="38"/>
        <source>Looking closer at what was found…</source>
        <translation>Examen détaillé des éléments trouvés…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="39"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="46"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="47"/>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking again…</source>
        <translation>Nouvelle vérification…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="48"/>
        <source>Checking your phone…</source>
        <translation>Vérification de votre téléphone…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="49"/>
        <source>This usually takes a few seconds. Keep the phone plugged in and unlocked.</source>
        <translation>Cela prend généralement quelques secondes. Laissez le téléphone branché et déverrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="51"/>
        <source>Only the names of the apps are read, to look for banned ones. They are not stored.</source>
        <translation>Seuls les noms des applications sont lus, pour y chercher des applications interdites. Ils ne sont pas conservés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/scan.py" line="53"/>
        <source>Progress of the check</source>
        <translation>Progression de la vérification</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <location filename="../../app/core/scope.py" line="101"/>
        <source>This policy also covers work profiles: the apps in the work profile must go, the personal side stays personal.</source>
        <translation>Cette politique s&apos;applique aussi aux profils professionnels&#xa0;: les applications du profil professionnel doivent être supprimées, la partie personnelle reste privée.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="71"/>
        <source>You said the authority pays fully for this phone or its subscription: the decision covers it.</source>
        <translation>Vous avez indiqué que votre employeur paie entièrement ce téléphone ou son abonnement&#xa0;: la décision s&apos;y applique.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="74"/>
        <source>You said the authority pays partly for this phone or its subscription: the decision covers it.</source>
        <translation>Vous avez indiqué que votre employeur paie en partie ce téléphone ou son abonnement&#xa0;: la décision s&apos;y applique.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="77"/>
        <source>The phone looks like a personal phone with a work profile; please check who pays for it.</source>
        <translation>Le téléphone ressemble à un smartphone personnel doté d&apos;un profil professionnel&#xa0;; veuillez vérifier qui le paie.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="80"/>
        <source>You said you pay for this phone yourself: the decision does not cover it, but you are advised not to install the app.</source>
        <translation>Vous avez indiqué payer vous-même ce téléphone&#xa0;: la décision ne s&apos;y applique pas, mais il vous est recommandé de ne pas installer l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="85"/>
        <source>The phone says it is managed by an organisation ({0}); please check who pays for it.</source>
        <translation>Le téléphone indique qu&apos;il est géré par une organisation ({0})&#xa0;; veuillez vérifier qui le paie.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="88"/>
        <source>The phone is fully managed by a device owner ({0}): it is treated as a service phone.</source>
        <translation>Le téléphone est entièrement géré par un propriétaire d&apos;appareil ({0})&#xa0;: il est considéré comme un smartphone de service.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="91"/>
        <source>The phone has a work profile on an organisation-owned device: it is treated as a service phone.</source>
        <translation>Le téléphone dispose d&apos;un profil professionnel sur un appareil appartenant à une organisation&#xa0;: il est considéré comme un smartphone de service.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="94"/>
        <source>The phone has a work profile but is not owned by an organisation: it is treated as a personal phone.</source>
        <translation>Le téléphone dispose d&apos;un profil professionnel mais n&apos;appartient pas à une organisation&#xa0;: il est considéré comme un smartphone personnel.</translation>
    </message>
    <message>
        <location filename="../../app/core/scope.py" line="98"/>
        <source>The phone shows no management, so it cannot tell who pays for it: please say who does.</source>
        <translation>Le téléphone n&apos;indique aucune gestion et ne permet donc pas de savoir qui le paie&#xa0;: veuillez l&apos;indiquer.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../app/core/summary.py" line="9"/>
        <source>No banned app was found on this phone.</source>
        <translation>Aucune application interdite n&apos;a été trouvée sur ce téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="10"/>
        <source>A banned app is on this phone, and the ban covers this phone: it must be removed.</source>
        <translation>Une application interdite se trouve sur ce téléphone et l&apos;interdiction s&apos;applique à ce téléphone&#xa0;: elle doit être supprimée.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="13"/>
        <source>A banned app is on this phone. The ban does not cover this phone, but you are advised to remove it.</source>
        <translation>Une application interdite se trouve sur ce téléphone. L&apos;interdiction ne s&apos;applique pas à ce téléphone, mais il vous est recommandé de la supprimer.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="17"/>
        <source>A banned app is on this phone. Whether the ban covers this phone depends on who pays for it.</source>
        <translation>Une application interdite se trouve sur ce téléphone. L&apos;interdiction s&apos;applique ou non à ce téléphone selon qui le paie.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="21"/>
        <source>No banned app was found, but part of the phone could not be read, so the check is incomplete.</source>
        <translation>Aucune application interdite n&apos;a été trouvée, mais une partie du téléphone n&apos;a pas pu être lue&#xa0;: la vérification est donc incomplète.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="30"/>
        <source>the work profile</source>
        <translation>le profil professionnel</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="32"/>
        <source>the main user</source>
        <translation>l&apos;utilisateur principal</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="34"/>
        <source>user {0}</source>
        <translation>l&apos;utilisateur {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="35"/>
        <source>, preinstalled</source>
        <translation>, préinstallée</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="40"/>
        <source>disabled, counts as removed</source>
        <translation>désactivée, considérée comme supprimée</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="42"/>
        <source>must be removed</source>
        <translation>doit être supprimée</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="43"/>
        <source>removal advised</source>
        <translation>suppression recommandée</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="50"/>
        <source>Phone: {0} {1}, Android {2}.</source>
        <translation>Téléphone&#xa0;: {0} {1}, Android {2}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="53"/>
        <source>Policy: {0} (version {1}).</source>
        <translation>Politique&#xa0;: {0} (version {1}).</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="55"/>
        <source>Scope: {0}</source>
        <translation>Champ d&apos;application&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="59"/>
        <source>- {0} ({1}) on {2}: {3}.</source>
        <translation>- {0} ({1}) pour {2}&#xa0;: {3}.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="66"/>
        <source>Could not read user(s) {0} (for example a Samsung Secure Folder): open it on the phone and check its apps by hand.</source>
        <translation>Lecture impossible pour le ou les utilisateurs {0} (par exemple un «&#xa0;Dossier sécurisé&#xa0;» Samsung)&#xa0;: ouvrez-le sur le téléphone et vérifiez vous-même ses applications.</translation>
    </message>
    <message>
        <location filename="../../app/core/summary.py" line="73"/>
        <source>{0} apps checked in users {1}.</source>
        <translation>{0} applications vérifiées pour les utilisateurs {1}.</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../app/gui/texts.py" line="21"/>
        <source>No phone was found.</source>
        <translation>Aucun téléphone n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="22"/>
        <source>Plug the phone in with a USB cable that carries data, unlock it, and turn on USB debugging.</source>
        <translation>Branchez le téléphone avec un câble USB de transfert de données, déverrouillez-le et activez le débogage USB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="27"/>
        <source>More than one phone is connected.</source>
        <translation>Plusieurs téléphones sont connectés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="28"/>
        <source>Choose the phone to check in the list.</source>
        <translation>Choisissez dans la liste le téléphone à vérifier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="31"/>
        <source>The phone is asking whether to allow USB debugging from this computer.</source>
        <translation>Le téléphone demande s&apos;il faut autoriser le débogage USB depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="34"/>
        <source>Unlock the phone and tap Allow on the prompt, then try again.</source>
        <translation>Déverrouillez le téléphone, appuyez sur «&#xa0;Autoriser&#xa0;» dans la fenêtre qui s&apos;affiche, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="37"/>
        <source>The phone did not answer the request to allow USB debugging.</source>
        <translation>Le téléphone n&apos;a pas répondu à la demande d&apos;autorisation du débogage USB.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="38"/>
        <source>Unlock the phone, look for the &apos;Allow USB debugging?&apos; prompt and tap Allow, then try again.</source>
        <translation>Déverrouillez le téléphone, cherchez la question «&#xa0;Autoriser le débogage USB&#xa0;?&#xa0;», appuyez sur «&#xa0;Autoriser&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="43"/>
        <source>The phone refused USB debugging from this computer.</source>
        <translation>Le téléphone a refusé le débogage USB depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="44"/>
        <source>Unplug the phone, plug it in again and tap Allow when it asks. If it never asks, use Developer options &gt; Revoke USB debugging authorisations, then try again.</source>
        <translation>Débranchez le téléphone, rebranchez-le et appuyez sur «&#xa0;Autoriser&#xa0;» lorsqu&apos;il vous le demande. Si la question n&apos;apparaît jamais, utilisez Options pour les développeurs &gt; Révoquer les autorisations de débogage USB, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="51"/>
        <source>Another program on this computer is already using the phone&apos;s USB connection.</source>
        <translation>Un autre programme de cet ordinateur utilise déjà la connexion USB du téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="54"/>
        <source>Close Android Studio or other phone tools, then try again.</source>
        <translation>Fermez Android Studio ou les autres outils pour téléphone, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="57"/>
        <source>This computer does not allow this program to open the phone&apos;s USB connection.</source>
        <translation>Cet ordinateur n&apos;autorise pas ce programme à ouvrir la connexion USB du téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="60"/>
        <source>Ask your helpdesk to install the Android USB rule on this computer, then plug the phone in again.</source>
        <translation>Demandez à votre helpdesk d&apos;installer la règle USB Android sur cet ordinateur, puis rebranchez le téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="66"/>
        <source>Windows has no usable USB driver for this phone.</source>
        <translation>Windows ne dispose d&apos;aucun pilote USB utilisable pour ce téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="67"/>
        <source>Install the phone maker&apos;s USB driver (or Google&apos;s USB driver for Pixel phones), then try again.</source>
        <translation>Installez le pilote USB du fabricant du téléphone (ou le pilote USB de Google pour les téléphones Pixel), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="73"/>
        <source>USB access is not available on this computer.</source>
        <translation>L&apos;accès USB n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="74"/>
        <source>Ask your helpdesk to reinstall Phone Self-Check.</source>
        <translation>Demandez à votre helpdesk de réinstaller Phone Self-Check.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="77"/>
        <source>The connection to the phone was lost.</source>
        <translation>La connexion avec le téléphone a été perdue.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="78"/>
        <source>Check the cable, keep the phone unlocked, plug it in again and retry. Nothing was changed.</source>
        <translation>Vérifiez le câble, gardez le téléphone déverrouillé, rebranchez-le et réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="83"/>
        <source>The phone stopped answering.</source>
        <translation>Le téléphone ne répond plus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="84"/>
        <source>Unlock the phone, check the cable, and try again.</source>
        <translation>Déverrouillez le téléphone, vérifiez le câble et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="87"/>
        <source>The phone refused the connection.</source>
        <translation>Le téléphone a refusé la connexion.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="88"/>
        <source>Check that USB debugging is on, then try again.</source>
        <translation>Vérifiez que le débogage USB est activé, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="91"/>
        <source>The phone gave an answer that could not be read completely, so it cannot be called clean.</source>
        <translation>Le téléphone a donné une réponse qui n&apos;a pas pu être lue entièrement&#xa0;: il ne peut donc pas être déclaré exempt d&apos;applications interdites.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="94"/>
        <location filename="../../app/gui/texts.py" line="127"/>
        <source>Unplug the phone, plug it in again and retry. If it happens again, ask your helpdesk.</source>
        <translation>Débranchez le téléphone, rebranchez-le et réessayez. Si le problème se reproduit, adressez-vous à votre helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="99"/>
        <source>The check was stopped before it finished.</source>
        <translation>La vérification a été interrompue avant la fin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="100"/>
        <source>Nothing was changed on the phone. Start the check again when you are ready.</source>
        <translation>Rien n&apos;a été modifié sur le téléphone. Relancez la vérification quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="105"/>
        <source>The phone tools&apos; adb server is not running on this computer.</source>
        <translation>Le serveur adb des outils pour téléphone ne fonctionne pas sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="106"/>
        <source>Choose the phone again from the list, or ask your helpdesk.</source>
        <translation>Choisissez à nouveau le téléphone dans la liste ou adressez-vous au helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="109"/>
        <source>That phone could not be found any more.</source>
        <translation>Ce téléphone est introuvable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="110"/>
        <source>Unplug the phone, plug it in again and choose it from the list.</source>
        <translation>Débranchez le téléphone, rebranchez-le et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="113"/>
        <source>The check stopped itself before sending something it does not allow.</source>
        <translation>La vérification s&apos;est arrêtée d&apos;elle-même avant d&apos;envoyer quelque chose qu&apos;elle n&apos;autorise pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="114"/>
        <source>Nothing was sent to the phone. Please tell your helpdesk.</source>
        <translation>Rien n&apos;a été envoyé au téléphone. Veuillez en informer le helpdesk.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="117"/>
        <source>This computer&apos;s connection key for the phone could not be read or created.</source>
        <translation>La clé de connexion de cet ordinateur pour le téléphone n&apos;a pas pu être lue ni créée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="120"/>
        <source>Check that your user folder is not full, then try again.</source>
        <translation>Vérifiez que votre dossier utilisateur n&apos;est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="126"/>
        <source>Something unexpected went wrong.</source>
        <translation>Une erreur inattendue s&apos;est produite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="136"/>
        <source>No banned app on this phone</source>
        <translation>Aucune application interdite sur ce téléphone</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="137"/>
        <source>A banned app must be removed</source>
        <translation>Une application interdite doit être supprimée</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="138"/>
        <source>A banned app is on this phone: removal advised</source>
        <translation>Une application interdite est présente&#xa0;: suppression recommandée</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="139"/>
        <source>A banned app is on this phone: who pays for it?</source>
        <translation>Une application interdite est présente&#xa0;: qui paie ce téléphone&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="140"/>
        <source>Part of the phone could not be checked</source>
        <translation>Une partie du téléphone n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="146"/>
        <source>We looked at every user and profile on this phone and found none of the banned apps.</source>
        <translation>Nous avons examiné chaque utilisateur et chaque profil de ce téléphone et n&apos;avons trouvé aucune des applications interdites.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="149"/>
        <source>This phone is covered by the decision, and a banned app is installed. You can remove it now: nothing else on your phone is touched.</source>
        <translation>Ce téléphone est visé par la décision et une application interdite y est installée. Vous pouvez la supprimer maintenant&#xa0;: rien d&apos;autre ne sera modifié sur votre téléphone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="154"/>
        <source>This phone is not covered by the decision, so you do not have to remove the app. You are advised not to keep it.</source>
        <translation>Ce téléphone n&apos;est pas visé par la décision&#xa0;: vous n&apos;avez donc pas l&apos;obligation de supprimer l&apos;application. Il vous est toutefois recommandé de ne pas la conserver.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="159"/>
        <source>Whether you must remove the app depends on who pays for this phone. Go back and say who pays.</source>
        <translation>L&apos;obligation de supprimer l&apos;application dépend de qui paie ce téléphone. Revenez en arrière et indiquez qui le paie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="162"/>
        <source>No banned app was found where we could look, but part of the phone could not be read. Check that part by hand, as explained below.</source>
        <translation>Aucune application interdite n&apos;a été trouvée dans les parties que nous avons pu examiner, mais une partie du téléphone n&apos;a pas pu être lue. Vérifiez vous-même cette partie, comme expliqué ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="177"/>
        <source>Work profile</source>
        <translation>Profil professionnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="179"/>
        <source>Personal side (main user)</source>
        <translation>Partie personnelle (utilisateur principal)</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="181"/>
        <source>Other user or profile ({0})</source>
        <translation>Autre utilisateur ou profil ({0})</translation>
    </message>
    <message>
        <location filename="../../app/gui/texts.py" line="182"/>
        <source>, preinstalled</source>
        <translation>, préinstallée</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="56"/>
        <source>Check your phone for banned apps</source>
        <translation>Vérifiez si votre téléphone contient des applications interdites</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="59"/>
        <source>Your employer has banned some apps (such as TikTok) from phones it pays for. This program looks at your Android phone, tells you whether a banned app is on it, and helps you remove it if needed.</source>
        <translation>Votre employeur a interdit certaines applications (comme TikTok) sur les téléphones qu&apos;il paie. Ce programme examine votre téléphone Android, vous indique si une application interdite s&apos;y trouve et vous aide à la supprimer si nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="66"/>
        <source>It does not change anything without asking you first, it does not look at your messages, photos or accounts, and it does not judge you: many phones came with these apps preinstalled.</source>
        <translation>Il ne modifie rien sans vous le demander d&apos;abord, il ne consulte ni vos messages, ni vos photos, ni vos comptes, et il ne porte aucun jugement&#xa0;: de nombreux téléphones ont été livrés avec ces applications préinstallées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="70"/>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="73"/>
        <source>Nothing leaves this computer. The list of your apps is read only to look for banned ones and is never stored. You decide whether to save a receipt.</source>
        <translation>Rien ne quitte cet ordinateur. La liste de vos applications est lue uniquement pour y chercher des applications interdites et n&apos;est jamais conservée. C&apos;est vous qui décidez d&apos;enregistrer ou non une attestation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="78"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="79"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/welcome.py" line="80"/>
        <source>Start the check</source>
        <translation>Commencer la vérification</translation>
    </message>
</context>
</TS>
