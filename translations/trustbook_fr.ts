<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trustbook</source>
        <translation>À propos de Trustbook</translation>
    </message>
    <message>
        <source>An offline viewer for security and compliance documentation.</source>
        <translation>Une visionneuse hors ligne pour la documentation de sécurité et de conformité.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>Chromium:</source>
        <translation>Chromium :</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents :</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Sections :</translation>
    </message>
    <message>
        <source>Content version:</source>
        <translation>Version du contenu :</translation>
    </message>
    <message>
        <source>Full SHA-256:</source>
        <translation>SHA-256 complet :</translation>
    </message>
    <message>
        <source>Content version, full SHA-256</source>
        <translation>Version du contenu, SHA-256 complet</translation>
    </message>
    <message>
        <source>Trustbook %1</source>
        <translation>Trustbook %1</translation>
    </message>
    <message>
        <source>%1, security patches up to %2</source>
        <translation>%1, correctifs de sécurité jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Trustbook: read your security and compliance documentation offline.</source>
        <translation>Trustbook : consultez votre documentation de sécurité et de conformité hors ligne.</translation>
    </message>
    <message>
        <source>Print DOC/SECTION&lt;TAB&gt;title for every section and exit.</source>
        <translation>Afficher DOC/SECTION&lt;TAB&gt;titre pour chaque section, puis quitter.</translation>
    </message>
    <message>
        <source>Open at DOC/SECTION, DOC or a trustbook:// link.</source>
        <translation>Ouvrir à DOC/SECTION, DOC ou à un lien trustbook://.</translation>
    </message>
    <message>
        <source>Give at most one section, not %1.</source>
        <translation>Indiquez au plus une section, pas %1.</translation>
    </message>
    <message>
        <source>--list takes no section.</source>
        <translation>--list n’accepte pas de section.</translation>
    </message>
    <message>
        <source>Use language CODE (de, en, fr) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (de, en, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; Trustbook speaks de, en and fr.</source>
        <translation>Langue « %1 » inconnue ; Trustbook parle de, en et fr.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Opened in your browser: %1</source>
        <translation>Ouvert dans votre navigateur : %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>Refused to open %1: Trustbook only opens web and e-mail links</source>
        <translation>Ouverture de %1 refusée : Trustbook n’ouvre que les liens web et e-mail</translation>
    </message>
    <message>
        <source>Opened your mail client for %1</source>
        <translation>Client de messagerie ouvert pour %1</translation>
    </message>
    <message>
        <source>&amp;About Trustbook</source>
        <translation>À &amp;propos de Trustbook</translation>
    </message>
</context>
</TS>
