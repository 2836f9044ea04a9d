<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trustbook</source>
        <translation>Über Trustbook</translation>
    </message>
    <message>
        <source>An offline viewer for security and compliance documentation.</source>
        <translation>Ein Offline-Betrachter für Sicherheits- und Compliance-Dokumentation.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>Chromium:</source>
        <translation>Chromium:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Content version:</source>
        <translation>Inhaltsversion:</translation>
    </message>
    <message>
        <source>Full SHA-256:</source>
        <translation>Vollständiger SHA-256:</translation>
    </message>
    <message>
        <source>Content version, full SHA-256</source>
        <translation>Inhaltsversion, vollständiger SHA-256</translation>
    </message>
    <message>
        <source>Trustbook %1</source>
        <translation>Trustbook %1</translation>
    </message>
    <message>
        <source>%1, security patches up to %2</source>
        <translation>%1, Sicherheitskorrekturen bis %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Trustbook: read your security and compliance documentation offline.</source>
        <translation>Trustbook: Lesen Sie Ihre Sicherheits- und Compliance-Dokumentation offline.</translation>
    </message>
    <message>
        <source>Print DOC/SECTION&lt;TAB&gt;title for every section and exit.</source>
        <translation>DOK/ABSCHNITT&lt;TAB&gt;Titel für jeden Abschnitt ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Open at DOC/SECTION, DOC or a trustbook:// link.</source>
        <translation>Bei DOK/ABSCHNITT, DOK oder einem trustbook://-Link öffnen.</translation>
    </message>
    <message>
        <source>Give at most one section, not %1.</source>
        <translation>Geben Sie höchstens einen Abschnitt an, nicht %1.</translation>
    </message>
    <message>
        <source>--list takes no section.</source>
        <translation>--list erwartet keinen Abschnitt.</translation>
    </message>
    <message>
        <source>Use language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>Sprache CODE (de, en, fr) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; Trustbook speaks de, en and fr.</source>
        <translation>Unbekannte Sprache „%1“; Trustbook spricht de, en und fr.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trustbook</source>
        <translation>Trustbook</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Im Browser geöffnet: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Refused to open %1: Trustbook only opens web and e-mail links</source>
        <translation>Öffnen von %1 verweigert: Trustbook öffnet nur Web- und E-Mail-Links</translation>
    </message>
    <message>
        <source>Opened your mail client for %1</source>
        <translation>E-Mail-Programm für %1 geöffnet</translation>
    </message>
    <message>
        <source>&amp;About Trustbook</source>
        <translation>Ü&amp;ber Trustbook</translation>
    </message>
</context>
</TS>
