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
        <source>%1, security patches up to %2</source>
        <translation>%1, Sicherheitskorrekturen bis %2</translation>
    </message>
    <message>
        <source>%1, “%2” (%3)</source>
        <translation>%1, „%2“ (%3)</translation>
    </message>
    <message>
        <source>Oldest review:</source>
        <translation>Älteste Prüfung:</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web:</translation>
    </message>
</context>
<context>
    <name>AlternativeDelegate</name>
    <message>
        <source>Choose another section…</source>
        <translation>Anderen Abschnitt wählen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnswerClipboard</name>
    <message>
        <source>Source: %1, “%2”, content version %3</source>
        <translation>Quelle: %1, „%2“, Inhaltsversion %3</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3, content version %4</source>
        <translation>Quelle: %1, „%2“, %3, Inhaltsversion %4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>AnswerReviewDialog</name>
    <message>
        <source>Cancel Matching</source>
        <translation>Zuordnung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Answer a Questionnaire</source>
        <translation>Fragebogen beantworten</translation>
    </message>
    <message>
        <source>Matching question %v of %m</source>
        <translation>Frage %v von %m wird zugeordnet</translation>
    </message>
    <message>
        <source>Keep the selected answers as they are</source>
        <translation>Die ausgewählten Antworten so übernehmen, wie sie sind</translation>
    </message>
    <message>
        <source>Leave the selected questions unanswered</source>
        <translation>Die ausgewählten Fragen unbeantwortet lassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Questionnaires (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fragebögen (*.csv *.xlsx);;CSV-Dateien (*.csv);;Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Answer a Questionnaire – %1</source>
        <translation>Fragebogen beantworten – %1</translation>
    </message>
    <message>
        <source>Could not match the questions of %1.</source>
        <translation>Die Fragen von %1 konnten nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>%1: matching %2 of %3…</source>
        <translation>%1: %2 von %3 zugeordnet…</translation>
    </message>
    <message>
        <source>%1: %2: %3 answered, %4 to review, %5 without an answer</source>
        <translation>%1: %2: %3 beantwortet, %4 zu prüfen, %5 ohne Antwort</translation>
    </message>
    <message>
        <source>(matching stopped: %1 not matched)</source>
        <translation>(Zuordnung abgebrochen: %1 nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Reviewed: %1 accepted, %2 edited, %3 cleared</source>
        <translation>Geprüft: %1 übernommen, %2 bearbeitet, %3 geleert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save the Answered Questionnaire</source>
        <translation>Beantworteten Fragebogen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Save your review of %1 before closing?</source>
        <translation>Ihre Prüfung von %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>The answers you accepted, edited or cleared are lost otherwise.</source>
        <translation>Sonst gehen die übernommenen, bearbeiteten und geleerten Antworten verloren.</translation>
    </message>
</context>
<context>
    <name>AnswerReviewModel</name>
    <message>
        <source>Matching…</source>
        <translation>Wird zugeordnet…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Geleert</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>1 other section</source>
        <translation>1 weiterer Abschnitt</translation>
    </message>
    <message>
        <source>%1 other sections</source>
        <translation>%1 weitere Abschnitte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>it is a symbolic link; give the file it points to, or another name</source>
        <translation>es ist ein symbolischer Link; geben Sie die Datei an, auf die er zeigt, oder einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>Save a PNG of the window at the section once it has painted, and exit.</source>
        <translation>Ein PNG des Fensters beim Abschnitt speichern, sobald er gezeichnet ist, und beenden.</translation>
    </message>
    <message>
        <source>Page theme: light, dark or system.</source>
        <translation>Seitenthema: light (hell), dark (dunkel) oder system.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; use light, dark or system.</source>
        <translation>Unbekanntes Thema „%1“; verwenden Sie light, dark oder system.</translation>
    </message>
    <message>
        <source>--search takes no section.</source>
        <translation>--search erwartet keinen Abschnitt.</translation>
    </message>
    <message>
        <source>Export to the PDF file FILE without a window and exit.</source>
        <translation>In die PDF-Datei FILE exportieren, ohne Fenster, und beenden.</translation>
    </message>
    <message>
        <source>With --export-pdf: a section (or a document) to export; give it once per section.</source>
        <translation>Mit --export-pdf: ein zu exportierender Abschnitt (oder ein Dokument); einmal pro Abschnitt angeben.</translation>
    </message>
    <message>
        <source>With --export-pdf: export everything.</source>
        <translation>Mit --export-pdf: alles exportieren.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4, Letter or Legal (default: the system&apos;s, Letter in the US and Canada, else A4).</source>
        <translation>Mit --export-pdf: A4, Letter oder Legal (Standard: die des Systems, Letter in den USA und Kanada, sonst A4).</translation>
    </message>
    <message>
        <source>With --export-pdf: landscape pages.</source>
        <translation>Mit --export-pdf: Seiten im Querformat.</translation>
    </message>
    <message>
        <source>--export-pdf takes its sections with --section, not as arguments.</source>
        <translation>--export-pdf nimmt seine Abschnitte mit --section entgegen, nicht als Argumente.</translation>
    </message>
    <message>
        <source>--export-pdf needs either --section DOC/SECTION (once or more) or --all.</source>
        <translation>--export-pdf braucht entweder --section DOC/SECTION (einmal oder mehrmals) oder --all.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use A4, Letter or Legal.</source>
        <translation>Unbekanntes Papierformat „%1“; verwenden Sie A4, Letter oder Legal.</translation>
    </message>
    <message>
        <source>Print up to 20 sections matching QUERY, best first, as DOC/SECTION&lt;TAB&gt;score&lt;TAB&gt;title&lt;TAB&gt;matched words&lt;TAB&gt;snippet, and exit.</source>
        <translation>Bis zu 20 zu ABFRAGE passende Abschnitte, die besten zuerst, als DOK/ABSCHNITT&lt;TAB&gt;Wert&lt;TAB&gt;Titel&lt;TAB&gt;gefundene Wörter&lt;TAB&gt;Auszug ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrmals angegeben.</translation>
    </message>
    <message>
        <source>--%1 needs a file name, not &quot;&quot;.</source>
        <translation>--%1 braucht einen Dateinamen, nicht „“.</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; is not valid text in this system&apos;s character encoding; rename the file or set LC_ALL to the encoding its name uses.</source>
        <translation>das Argument „%1“ ist in der Zeichenkodierung dieses Systems kein gültiger Text; benennen Sie die Datei um oder setzen Sie LC_ALL auf die Kodierung ihres Namens.</translation>
    </message>
    <message>
        <source>--%1: the name &apos;%2&apos; is longer than this system allows for a file (%3 bytes, %4 for each part).</source>
        <translation>--%1: der Name „%2“ ist länger, als dieses System für eine Datei erlaubt (%3 Bytes, %4 für jeden Teil).</translation>
    </message>
    <message>
        <source>Answer the questionnaire FILE (CSV or xlsx) from the content, write the answered copy beside it (q.xlsx gives q.answered.xlsx), and exit.</source>
        <translation>Den Fragebogen FILE (CSV oder xlsx) aus dem Inhalt beantworten, die beantwortete Kopie daneben schreiben (aus q.xlsx wird q.answered.xlsx) und beenden.</translation>
    </message>
    <message>
        <source>With --answer: write the answered questionnaire to FILE instead (never over the questionnaire itself).</source>
        <translation>Mit --answer: den beantworteten Fragebogen stattdessen nach FILE schreiben (nie über den Fragebogen selbst).</translation>
    </message>
    <message>
        <source>With --answer: the header of the column that holds the questions (default: found in the file).</source>
        <translation>Mit --answer: die Überschrift der Spalte mit den Fragen (Standard: in der Datei gefunden).</translation>
    </message>
    <message>
        <source>With --answer: the header of the column the answers go into (default: an empty Response, Answer or Comment column, else a new Answer column).</source>
        <translation>Mit --answer: die Überschrift der Spalte für die Antworten (Standard: eine leere Spalte Response, Answer oder Comment, sonst eine neue Spalte Answer).</translation>
    </message>
    <message>
        <source>With --answer: the xlsx sheet with the questions (default: found in the file).</source>
        <translation>Mit --answer: das xlsx-Blatt mit den Fragen (Standard: in der Datei gefunden).</translation>
    </message>
    <message>
        <source>--output, --question-column, --answer-column and --sheet go with --answer.</source>
        <translation>--output, --question-column, --answer-column und --sheet gehören zu --answer.</translation>
    </message>
    <message>
        <source>--answer takes no section.</source>
        <translation>--answer nimmt keinen Abschnitt.</translation>
    </message>
    <message>
        <source>--output %1: a CSV questionnaire is answered as CSV, an xlsx one as xlsx.</source>
        <translation>--output %1: ein CSV-Fragebogen wird als CSV beantwortet, ein xlsx-Fragebogen als xlsx.</translation>
    </message>
    <message>
        <source>With --export-pdf: stamp &quot;Prepared for TEXT&quot;, the date and &quot;Confidential&quot; on every page.</source>
        <translation>Mit --export-pdf: „Erstellt für TEXT“, das Datum und „Vertraulich“ auf jede Seite stempeln.</translation>
    </message>
    <message>
        <source>With --export-pdf: the export time to stamp, e.g. 2026-12-01T12:00:00Z (default: now); the same content and options then give the same bytes.</source>
        <translation>Mit --export-pdf: die zu stempelnde Exportzeit, z. B. 2026-12-01T12:00:00Z (Standard: jetzt); gleicher Inhalt und gleiche Optionen ergeben dann dieselben Bytes.</translation>
    </message>
    <message>
        <source>Give only one of --list, --search, --answer, --export-pdf, --verify-pdf and --screenshot, not %1 and %2.</source>
        <translation>Geben Sie nur eine von --list, --search, --answer, --export-pdf, --verify-pdf und --screenshot an, nicht %1 und %2.</translation>
    </message>
    <message>
        <source>--prepared-for needs a name, not &quot;&quot;.</source>
        <translation>--prepared-for braucht einen Namen, nicht „“.</translation>
    </message>
    <message>
        <source>--prepared-for: &apos;%1&apos; is longer than %2 characters.</source>
        <translation>--prepared-for: „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>--prepared-for: &apos;%1&apos; holds a line break or control character.</source>
        <translation>--prepared-for: „%1“ enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>--section, --all, --page-size, --landscape, --prepared-for and --export-time go with --export-pdf.</source>
        <translation>--section, --all, --page-size, --landscape, --prepared-for und --export-time gehören zu --export-pdf.</translation>
    </message>
    <message>
        <source>--export-time &apos;%1&apos; is not an ISO 8601 time with its zone; use e.g. 2026-12-01T12:00:00Z or 2026-12-01T13:00:00+01:00.</source>
        <translation>--export-time „%1“ ist keine ISO-8601-Zeit mit Zeitzone; verwenden Sie z. B. 2026-12-01T12:00:00Z oder 2026-12-01T13:00:00+01:00.</translation>
    </message>
    <message>
        <source>--verify-pdf takes no section.</source>
        <translation>--verify-pdf nimmt keinen Abschnitt.</translation>
    </message>
    <message>
        <source>Show the markdown folder DIR as it would be built, without building: rendered as the build renders it, again on every save. Writes nothing; marked as a preview, not a release.</source>
        <translation>Den Markdown-Ordner DIR so zeigen, wie er gebaut würde, ohne zu bauen: gerendert wie beim Bauen, nach jedem Speichern erneut. Schreibt nichts; als Vorschau gekennzeichnet, nicht als Veröffentlichung.</translation>
    </message>
    <message>
        <source>--preview opens a window; it goes only with a section, --screenshot, --theme and --lang.</source>
        <translation>--preview öffnet ein Fenster; es geht nur mit einem Abschnitt, --screenshot, --theme und --lang.</translation>
    </message>
    <message>
        <source>%1: read your security and compliance documentation offline.</source>
        <translation>%1: Lesen Sie Ihre Sicherheits- und Compliance-Dokumentation offline.</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Check an exported PDF against the installed content: its content version and every section&apos;s text. Exit 0 when all match, 1 naming the sections that differ, 2 for a file that is not a %1 PDF.</source>
        <translation>Ein exportiertes PDF mit dem installierten Inhalt vergleichen: seine Inhaltsversion und den Text jedes Abschnitts. Exit 0, wenn alles übereinstimmt, 1 mit den abweichenden Abschnitten, 2 für eine Datei, die kein %1-PDF ist.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; %2 speaks de, en and fr.</source>
        <translation>Unbekannte Sprache „%1“; %2 spricht de, en und fr.</translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos;. &apos;%2 --list&apos; shows every section.</source>
        <translation>es gibt keinen Abschnitt „%1“. „%2 --list“ zeigt alle Abschnitte.</translation>
    </message>
</context>
<context>
    <name>ContentSchemeHandler</name>
    <message>
        <source>review overdue (due %1)</source>
        <extracomment>After an answer&apos;s review line when its review-by date has passed; %1 is that date.</extracomment>
        <translation>Prüfung überfällig (fällig %1)</translation>
    </message>
</context>
<context>
    <name>EngineEnvironment</name>
    <message>
        <source>ignoring QTWEBENGINE_REMOTE_DEBUGGING: Trustbook never opens a debugging port</source>
        <translation>QTWEBENGINE_REMOTE_DEBUGGING wird ignoriert: Trustbook öffnet nie einen Debugging-Port</translation>
    </message>
    <message>
        <source>ignoring %1 from QTWEBENGINE_CHROMIUM_FLAGS</source>
        <translation>%1 aus QTWEBENGINE_CHROMIUM_FLAGS wird ignoriert</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>LaunchedExportChild</name>
    <message>
        <source>the export program %1 did not start: %2</source>
        <translation>das Exportprogramm %1 ist nicht gestartet: %2</translation>
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
        <source>Opened your mail client for %1</source>
        <translation>E-Mail-Programm für %1 geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Answer</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy the question and its answer, with their source and content version</source>
        <translation>Frage und Antwort mit Quelle und Inhaltsversion kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy a link to this section</source>
        <translation>Einen Link zu diesem Abschnitt kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Auf der Seite &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Vor&amp;heriger Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Choose a question to copy its answer</source>
        <translation>Wählen Sie eine Frage, um ihre Antwort zu kopieren</translation>
    </message>
    <message>
        <source>Copied the answer to &quot;%1&quot;</source>
        <translation>Antwort auf „%1“ kopiert</translation>
    </message>
    <message>
        <source>Copied a link to %1</source>
        <translation>Link zu %1 kopiert</translation>
    </message>
    <message>
        <source>The page&apos;s display process was ended from outside the app, so the page has been reloaded.</source>
        <translation>Der Anzeigeprozess der Seite wurde von außen beendet, daher wurde die Seite neu geladen.</translation>
    </message>
    <message>
        <source>The page&apos;s display process crashed (code %1), so the page has been reloaded.</source>
        <translation>Der Anzeigeprozess der Seite ist abgestürzt (Code %1), daher wurde die Seite neu geladen.</translation>
    </message>
    <message>
        <source>Offline · blocked requests: %1</source>
        <translation>Offline · blockierte Anfragen: %1</translation>
    </message>
    <message>
        <source>&amp;About Trustbook</source>
        <translation>Ü&amp;ber Trustbook</translation>
    </message>
    <message>
        <source>&amp;Answer a Questionnaire…</source>
        <translation>&amp;Fragebogen beantworten …</translation>
    </message>
    <message>
        <source>Answer a Questionnaire</source>
        <translation>Fragebogen beantworten</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Context Menu</source>
        <translation>Kontextmenü</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Search results: move, open, back to the sections</source>
        <translation>Suchergebnisse: wechseln, öffnen, zurück zu den Abschnitten</translation>
    </message>
    <message>
        <source>Find in page: previous match, close</source>
        <translation>In Seite suchen: vorheriger Treffer, schließen</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Show &amp;Sections</source>
        <translation>&amp;Abschnitte anzeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from Favourites</source>
        <translation>„%1“ aus den Favoriten entfernt</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to Favourites</source>
        <translation>„%1“ zu den Favoriten hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from Favourites, no longer in the content: %1</source>
        <translation>Aus den Favoriten entfernt, nicht mehr im Inhalt: %1</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>%1 loads nothing from the network. Anything a page tries to fetch from outside the app is blocked and counted here.</source>
        <translation>%1 lädt nichts aus dem Netz. Alles, was eine Seite von außerhalb der App abrufen will, wird blockiert und hier gezählt.</translation>
    </message>
    <message>
        <source>Refused to open %1: %2 only opens web and e-mail links</source>
        <translation>Öffnen von %1 verweigert: %2 öffnet nur Web- und E-Mail-Links</translation>
    </message>
    <message>
        <source>Remove from Fa&amp;vourites</source>
        <translation>Aus &amp;Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to Fa&amp;vourites</source>
        <translation>Zu &amp;Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>PdfExportChild</name>
    <message>
        <source>the export program holds other content (%1, not %2)</source>
        <translation>das Exportprogramm enthält andere Inhalte (%1, nicht %2)</translation>
    </message>
</context>
<context>
    <name>PdfExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>Als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>Exporting to PDF… (step %1 of %2)</source>
        <translation>Export als PDF … (Schritt %1 von %2)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Export als PDF …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>Export abgebrochen; %1 ist unverändert</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Exported 1 page to %1</source>
        <translation>1 Seite nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 pages to %2</source>
        <translation>%1 Seiten nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>The current &amp;section</source>
        <translation>Der aktuelle &amp;Abschnitt</translation>
    </message>
    <message>
        <source>The sections selected in the &amp;tree</source>
        <translation>Die im &amp;Baum ausgewählten Abschnitte</translation>
    </message>
    <message>
        <source>The current &amp;document</source>
        <translation>Das aktuelle &amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;All content</source>
        <translation>&amp;Gesamter Inhalt</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The sections selected in the &amp;tree (%1)</source>
        <translation>Die im &amp;Baum ausgewählten Abschnitte (%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Optional: the recipient, stamped on every page</source>
        <translation>Optional: der Empfänger, auf jede Seite gestempelt</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Was drucken</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Prepared fo&amp;r:</source>
        <translation>Erstellt &amp;für:</translation>
    </message>
</context>
<context>
    <name>PdfExportProcess</name>
    <message>
        <source>the export program sent an unreadable reply</source>
        <translation>das Exportprogramm hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>the page renderer stopped while printing; nothing was written</source>
        <translation>der Seitenrenderer ist beim Drucken ausgefallen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>it did not finish: no progress within %1 s</source>
        <translation>er wurde nicht fertig: kein Fortschritt innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Another PDF export is still running; wait for it to finish.</source>
        <translation>Ein anderer PDF-Export läuft noch; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation>Nichts zu exportieren: Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the page renderer stopped</source>
        <translation>der Seitenrenderer wurde beendet</translation>
    </message>
    <message>
        <source>the page of %1 did not load</source>
        <translation>die Seite von %1 wurde nicht geladen</translation>
    </message>
    <message>
        <source>the page of %1 holds no document</source>
        <translation>die Seite von %1 enthält kein Dokument</translation>
    </message>
    <message>
        <source>the pages hold %1 of the %2 sections asked for</source>
        <translation>die Seiten enthalten %1 der %2 gewünschten Abschnitte</translation>
    </message>
    <message>
        <source>%1 and %2 more documents</source>
        <translation>%1 und %2 weitere Dokumente</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 von %1</translation>
    </message>
    <message>
        <source>Content version (SHA-256)</source>
        <translation>Inhaltsversion (SHA-256)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Exported with</source>
        <translation>Exportiert mit</translation>
    </message>
    <message>
        <source>Sections included: %1 of %2</source>
        <translation>Enthaltene Abschnitte: %1 von %2</translation>
    </message>
    <message>
        <source>Chromium produced no PDF</source>
        <translation>Chromium hat kein PDF erzeugt</translation>
    </message>
    <message>
        <source>Chromium produced a blank or unreadable PDF</source>
        <translation>Chromium hat ein leeres oder unlesbares PDF erzeugt</translation>
    </message>
    <message>
        <source>Could not prepare the pages: %1</source>
        <translation>Die Seiten konnten nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>Aus %1 exportiert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PdfFinisher</name>
    <message>
        <source>the footers came out as %1 pages for %2</source>
        <translation>die Fußzeilen ergaben %1 Seiten für %2</translation>
    </message>
    <message>
        <source>qpdf could not finish the PDF: %1</source>
        <translation>qpdf konnte das PDF nicht fertigstellen: %1</translation>
    </message>
    <message>
        <source>nothing was printed</source>
        <translation>es wurde nichts gedruckt</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>%1 · Page %2 of %3 · %4 · %5</source>
        <translation>%1 · Seite %2 von %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Prepared for %1 · %2 · Confidential</source>
        <translation>Erstellt für %1 · %2 · Vertraulich</translation>
    </message>
    <message>
        <source>the PDF has no pages to number</source>
        <translation>das PDF hat keine Seiten zum Nummerieren</translation>
    </message>
    <message>
        <source>could not draw the page footers</source>
        <translation>die Fußzeilen konnten nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>the PDF has no destination for the bookmark &quot;%1&quot; (anchor %2)</source>
        <translation>das PDF hat kein Ziel für das Lesezeichen „%1“ (Anker %2)</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its Subject is no content version</source>
        <translation>sein Betreff ist keine Inhaltsversion</translation>
    </message>
    <message>
        <source>its Keywords name %1 sections, its bookmarks %2</source>
        <translation>seine Stichwörter nennen %1 Abschnitte, seine Lesezeichen %2</translation>
    </message>
    <message>
        <source>Qt PDF cannot read it</source>
        <translation>Qt PDF kann es nicht lesen</translation>
    </message>
    <message>
        <source>a page lacks the footer with the content version</source>
        <translation>einer Seite fehlt die Fußzeile mit der Inhaltsversion</translation>
    </message>
    <message>
        <source>%1 is not a PDF exported by %2: %3</source>
        <translation>%1 ist kein von %2 exportiertes PDF: %3</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>PreviewSource</name>
    <message>
        <source>unreleased</source>
        <extracomment>The content version of a preview, in About and in copied answers&apos; sources.</extracomment>
        <translation>unveröffentlicht</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Rendering %1…</source>
        <translation>%1 wird gerendert …</translation>
    </message>
    <message>
        <source>Preview — not a release</source>
        <extracomment>Marks the window of trustbook --preview: content shown straight from its folder.</extracomment>
        <translation>Vorschau – keine Veröffentlichung</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The page shows the last version that rendered.</source>
        <translation>Die Seite zeigt die letzte Fassung, die sich rendern ließ.</translation>
    </message>
    <message>
        <source>Nothing rendered yet.</source>
        <translation>Noch nichts gerendert.</translation>
    </message>
    <message>
        <source>Preview of %1 failed to render:</source>
        <translation>Die Vorschau von %1 ließ sich nicht rendern:</translation>
    </message>
    <message>
        <source>Waiting for a saved change in %1…</source>
        <translation>Warte auf eine gespeicherte Änderung in %1…</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Seiten werden vorbereitet …</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>QpdfToolsLoader</name>
    <message>
        <source>cannot load the PDF module: %1</source>
        <translation>das PDF-Modul kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 liegt nicht in %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLoader</name>
    <message>
        <source>%1: there are no questions below the header row %2</source>
        <translation>%1: unter der Kopfzeile %2 stehen keine Fragen</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>Geprüft am %1 von %2</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Review due by %1</source>
        <translation>Prüfung fällig bis %1</translation>
    </message>
    <message>
        <source>%1, review overdue (due %2)</source>
        <extracomment>%1 is what is known of the review, %2 the review-by date that has passed.</extracomment>
        <translation>%1, Prüfung überfällig (fällig %2)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the built-in search text is damaged: %1</source>
        <translation>der eingebaute Suchtext ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation>der Suchindex lässt sich nicht aufbauen: %1</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Ergebnisse für „%1“</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search is unavailable</source>
        <translation>Suche nicht verfügbar</translation>
    </message>
    <message>
        <source>No results for “%1”.
Try removing a word or checking the spelling.</source>
        <translation>Keine Treffer für „%1“.
Lassen Sie ein Wort weg oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Ergebnisse für „%1“</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 Ergebnis</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <source>Result %1 of %2: %3, in %4</source>
        <translation>Ergebnis %1 von %2: %3, in %4</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>%1 · matches: %2</source>
        <translation>%1 · Treffer: %2</translation>
    </message>
</context>
<context>
    <name>SectionTreeItemAccessible</name>
    <message>
        <source>Expand</source>
        <translation>Ausklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Einklappen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot take the lock %1: %2</source>
        <translation>die Sperre %1 lässt sich nicht setzen: %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>the window already open did not answer within %1 s</source>
        <translation>das schon geöffnete Fenster hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
</context>
<context>
    <name>VerifyPdfCommand</name>
    <message>
        <source>Content version %1: the installed content&apos;s</source>
        <translation>Inhaltsversion %1: die des installierten Inhalts</translation>
    </message>
    <message>
        <source>Content version %1: the installed content is %2</source>
        <translation>Inhaltsversion %1: der installierte Inhalt ist %2</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>weicht ab: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sections match the installed text</source>
        <translation>%1 von %2 Abschnitten stimmen mit dem installierten Text überein</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>the page did not load</source>
        <translation>die Seite wurde nicht geladen</translation>
    </message>
    <message>
        <source>the page did not paint within %1 s</source>
        <translation>die Seite wurde nicht innerhalb von %1 s gezeichnet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>later launches will open windows of their own: %1</source>
        <translation>spätere Aufrufe öffnen eigene Fenster: %1</translation>
    </message>
    <message>
        <source>the built-in content is damaged: %1</source>
        <translation>der eingebaute Inhalt ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the window&apos;s state will not be saved if the session ends: %1</source>
        <translation>der Zustand des Fensters wird nicht gespeichert, wenn die Sitzung endet: %1</translation>
    </message>
    <message>
        <source>--preview %1: no such folder</source>
        <translation>--preview %1: diesen Ordner gibt es nicht</translation>
    </message>
</context>
</TS>
