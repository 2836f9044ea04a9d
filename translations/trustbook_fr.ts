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
        <source>%1, security patches up to %2</source>
        <translation>%1, correctifs de sécurité jusqu’à %2</translation>
    </message>
    <message>
        <source>%1, “%2” (%3)</source>
        <translation>%1, « %2 » (%3)</translation>
    </message>
    <message>
        <source>Oldest review:</source>
        <translation>Revue la plus ancienne :</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Assistance :</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation>Web :</translation>
    </message>
</context>
<context>
    <name>AlternativeDelegate</name>
    <message>
        <source>Choose another section…</source>
        <translation>Choisir une autre section…</translation>
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
        <translation>Source : %1, « %2 », version du contenu %3</translation>
    </message>
    <message>
        <source>Source: %1, “%2”, %3, content version %4</source>
        <translation>Source : %1, « %2 », %3, version du contenu %4</translation>
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
        <translation>Arrêter la recherche des réponses</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Answer a Questionnaire</source>
        <translation>Répondre à un questionnaire</translation>
    </message>
    <message>
        <source>Matching question %v of %m</source>
        <translation>Question %v sur %m en cours</translation>
    </message>
    <message>
        <source>Keep the selected answers as they are</source>
        <translation>Garder les réponses sélectionnées telles quelles</translation>
    </message>
    <message>
        <source>Leave the selected questions unanswered</source>
        <translation>Laisser les questions sélectionnées sans réponse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Questionnaires (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Questionnaires (*.csv *.xlsx);;Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Answer a Questionnaire – %1</source>
        <translation>Répondre à un questionnaire – %1</translation>
    </message>
    <message>
        <source>Could not match the questions of %1.</source>
        <translation>Impossible de trouver les réponses aux questions de %1.</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>%1: matching %2 of %3…</source>
        <translation>%1 : %2 sur %3 traitées…</translation>
    </message>
    <message>
        <source>%1: %2: %3 answered, %4 to review, %5 without an answer</source>
        <translation>%1 : %2 : %3 avec réponse, %4 à vérifier, %5 sans réponse</translation>
    </message>
    <message>
        <source>(matching stopped: %1 not matched)</source>
        <translation>(recherche arrêtée : %1 non traitées)</translation>
    </message>
    <message>
        <source>Reviewed: %1 accepted, %2 edited, %3 cleared</source>
        <translation>Relues : %1 acceptées, %2 modifiées, %3 effacées</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Save the Answered Questionnaire</source>
        <translation>Enregistrer le questionnaire rempli</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
    <message>
        <source>Save your review of %1 before closing?</source>
        <translation>Enregistrer votre relecture de %1 avant de fermer ?</translation>
    </message>
    <message>
        <source>The answers you accepted, edited or cleared are lost otherwise.</source>
        <translation>Sinon, les réponses acceptées, modifiées ou effacées seront perdues.</translation>
    </message>
</context>
<context>
    <name>AnswerReviewModel</name>
    <message>
        <source>Matching…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Effacée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>1 other section</source>
        <translation>1 autre section</translation>
    </message>
    <message>
        <source>%1 other sections</source>
        <translation>%1 autres sections</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Autres choix</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>it is a symbolic link; give the file it points to, or another name</source>
        <translation>c’est un lien symbolique ; indiquez le fichier vers lequel il pointe, ou un autre nom</translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>Save a PNG of the window at the section once it has painted, and exit.</source>
        <translation>Enregistrer un PNG de la fenêtre à la section une fois affichée, puis quitter.</translation>
    </message>
    <message>
        <source>Page theme: light, dark or system.</source>
        <translation>Thème de la page : light (clair), dark (sombre) ou system.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; use light, dark or system.</source>
        <translation>Thème « %1 » inconnu ; utilisez light, dark ou system.</translation>
    </message>
    <message>
        <source>--search takes no section.</source>
        <translation>--search n’accepte pas de section.</translation>
    </message>
    <message>
        <source>Export to the PDF file FILE without a window and exit.</source>
        <translation>Exporter vers le fichier PDF FILE sans fenêtre, puis quitter.</translation>
    </message>
    <message>
        <source>With --export-pdf: a section (or a document) to export; give it once per section.</source>
        <translation>Avec --export-pdf : une section (ou un document) à exporter ; à donner une fois par section.</translation>
    </message>
    <message>
        <source>With --export-pdf: export everything.</source>
        <translation>Avec --export-pdf : tout exporter.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4, Letter or Legal (default: the system&apos;s, Letter in the US and Canada, else A4).</source>
        <translation>Avec --export-pdf : A4, Letter ou Legal (par défaut : celui du système, Letter aux États-Unis et au Canada, sinon A4).</translation>
    </message>
    <message>
        <source>With --export-pdf: landscape pages.</source>
        <translation>Avec --export-pdf : pages en paysage.</translation>
    </message>
    <message>
        <source>--export-pdf takes its sections with --section, not as arguments.</source>
        <translation>--export-pdf reçoit ses sections par --section, pas comme arguments.</translation>
    </message>
    <message>
        <source>--export-pdf needs either --section DOC/SECTION (once or more) or --all.</source>
        <translation>--export-pdf demande soit --section DOC/SECTION (une fois ou plus), soit --all.</translation>
    </message>
    <message>
        <source>Unknown page size &apos;%1&apos;; use A4, Letter or Legal.</source>
        <translation>Format de page « %1 » inconnu ; utilisez A4, Letter ou Legal.</translation>
    </message>
    <message>
        <source>Print up to 20 sections matching QUERY, best first, as DOC/SECTION&lt;TAB&gt;score&lt;TAB&gt;title&lt;TAB&gt;matched words&lt;TAB&gt;snippet, and exit.</source>
        <translation>Afficher jusqu’à 20 sections correspondant à REQUÊTE, les meilleures d’abord, sous la forme DOC/SECTION&lt;TAB&gt;score&lt;TAB&gt;titre&lt;TAB&gt;mots trouvés&lt;TAB&gt;extrait, puis quitter.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est donné plus d’une fois.</translation>
    </message>
    <message>
        <source>--%1 needs a file name, not &quot;&quot;.</source>
        <translation>--%1 demande un nom de fichier, pas « ».</translation>
    </message>
    <message>
        <source>the argument &apos;%1&apos; is not valid text in this system&apos;s character encoding; rename the file or set LC_ALL to the encoding its name uses.</source>
        <translation>l’argument « %1 » n’est pas un texte valide dans l’encodage de caractères de ce système ; renommez le fichier ou réglez LC_ALL sur l’encodage de son nom.</translation>
    </message>
    <message>
        <source>--%1: the name &apos;%2&apos; is longer than this system allows for a file (%3 bytes, %4 for each part).</source>
        <translation>--%1 : le nom « %2 » est plus long que ce que ce système permet pour un fichier (%3 octets, %4 pour chaque partie).</translation>
    </message>
    <message>
        <source>Answer the questionnaire FILE (CSV or xlsx) from the content, write the answered copy beside it (q.xlsx gives q.answered.xlsx), and exit.</source>
        <translation>Répondre au questionnaire FILE (CSV ou xlsx) à partir du contenu, écrire la copie remplie à côté (q.xlsx donne q.answered.xlsx), puis quitter.</translation>
    </message>
    <message>
        <source>With --answer: write the answered questionnaire to FILE instead (never over the questionnaire itself).</source>
        <translation>Avec --answer : écrire le questionnaire rempli dans FILE à la place (jamais par-dessus le questionnaire lui-même).</translation>
    </message>
    <message>
        <source>With --answer: the header of the column that holds the questions (default: found in the file).</source>
        <translation>Avec --answer : l’en-tête de la colonne des questions (par défaut : trouvée dans le fichier).</translation>
    </message>
    <message>
        <source>With --answer: the header of the column the answers go into (default: an empty Response, Answer or Comment column, else a new Answer column).</source>
        <translation>Avec --answer : l’en-tête de la colonne des réponses (par défaut : une colonne Response, Answer ou Comment vide, sinon une nouvelle colonne Answer).</translation>
    </message>
    <message>
        <source>With --answer: the xlsx sheet with the questions (default: found in the file).</source>
        <translation>Avec --answer : la feuille xlsx qui contient les questions (par défaut : trouvée dans le fichier).</translation>
    </message>
    <message>
        <source>--output, --question-column, --answer-column and --sheet go with --answer.</source>
        <translation>--output, --question-column, --answer-column et --sheet s’utilisent avec --answer.</translation>
    </message>
    <message>
        <source>--answer takes no section.</source>
        <translation>--answer ne prend pas de section.</translation>
    </message>
    <message>
        <source>--output %1: a CSV questionnaire is answered as CSV, an xlsx one as xlsx.</source>
        <translation>--output %1 : un questionnaire CSV est rempli en CSV, un questionnaire xlsx en xlsx.</translation>
    </message>
    <message>
        <source>With --export-pdf: stamp &quot;Prepared for TEXT&quot;, the date and &quot;Confidential&quot; on every page.</source>
        <translation>Avec --export-pdf : apposer « Préparé pour TEXTE », la date et « Confidentiel » sur chaque page.</translation>
    </message>
    <message>
        <source>With --export-pdf: the export time to stamp, e.g. 2026-12-01T12:00:00Z (default: now); the same content and options then give the same bytes.</source>
        <translation>Avec --export-pdf : l’heure d’export à apposer, p. ex. 2026-12-01T12:00:00Z (par défaut : maintenant) ; le même contenu et les mêmes options donnent alors les mêmes octets.</translation>
    </message>
    <message>
        <source>Give only one of --list, --search, --answer, --export-pdf, --verify-pdf and --screenshot, not %1 and %2.</source>
        <translation>Indiquez une seule option parmi --list, --search, --answer, --export-pdf, --verify-pdf et --screenshot, pas %1 et %2.</translation>
    </message>
    <message>
        <source>--prepared-for needs a name, not &quot;&quot;.</source>
        <translation>--prepared-for demande un nom, pas « ».</translation>
    </message>
    <message>
        <source>--prepared-for: &apos;%1&apos; is longer than %2 characters.</source>
        <translation>--prepared-for : « %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>--prepared-for: &apos;%1&apos; holds a line break or control character.</source>
        <translation>--prepared-for : « %1 » contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>--section, --all, --page-size, --landscape, --prepared-for and --export-time go with --export-pdf.</source>
        <translation>--section, --all, --page-size, --landscape, --prepared-for et --export-time vont avec --export-pdf.</translation>
    </message>
    <message>
        <source>--export-time &apos;%1&apos; is not an ISO 8601 time with its zone; use e.g. 2026-12-01T12:00:00Z or 2026-12-01T13:00:00+01:00.</source>
        <translation>--export-time « %1 » n’est pas une heure ISO 8601 avec son fuseau ; utilisez p. ex. 2026-12-01T12:00:00Z ou 2026-12-01T13:00:00+01:00.</translation>
    </message>
    <message>
        <source>--verify-pdf takes no section.</source>
        <translation>--verify-pdf ne prend pas de section.</translation>
    </message>
    <message>
        <source>Show the markdown folder DIR as it would be built, without building: rendered as the build renders it, again on every save. Writes nothing; marked as a preview, not a release.</source>
        <translation>Afficher le dossier markdown DIR tel qu’il serait construit, sans construire : rendu comme le fait la construction, à nouveau à chaque enregistrement. N’écrit rien ; marqué comme aperçu, pas comme publication.</translation>
    </message>
    <message>
        <source>--preview opens a window; it goes only with a section, --screenshot, --theme and --lang.</source>
        <translation>--preview ouvre une fenêtre ; il ne va qu’avec une section, --screenshot, --theme et --lang.</translation>
    </message>
    <message>
        <source>%1: read your security and compliance documentation offline.</source>
        <translation>%1 : consultez votre documentation de sécurité et de conformité hors ligne.</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions : %1</translation>
    </message>
    <message>
        <source>Check an exported PDF against the installed content: its content version and every section&apos;s text. Exit 0 when all match, 1 naming the sections that differ, 2 for a file that is not a %1 PDF.</source>
        <translation>Vérifier un PDF exporté par rapport au contenu installé : sa version du contenu et le texte de chaque section. Code 0 si tout concorde, 1 en nommant les sections qui diffèrent, 2 pour un fichier qui n’est pas un PDF %1.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; %2 speaks de, en and fr.</source>
        <translation>Langue « %1 » inconnue ; %2 parle de, en et fr.</translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos;. &apos;%2 --list&apos; shows every section.</source>
        <translation>il n’y a pas de section « %1 ». « %2 --list » affiche toutes les sections.</translation>
    </message>
</context>
<context>
    <name>ContentSchemeHandler</name>
    <message>
        <source>review overdue (due %1)</source>
        <extracomment>After an answer&apos;s review line when its review-by date has passed; %1 is that date.</extracomment>
        <translation>revue en retard (prévue le %1)</translation>
    </message>
</context>
<context>
    <name>EngineEnvironment</name>
    <message>
        <source>ignoring QTWEBENGINE_REMOTE_DEBUGGING: Trustbook never opens a debugging port</source>
        <translation>QTWEBENGINE_REMOTE_DEBUGGING ignoré : Trustbook n’ouvre jamais de port de débogage</translation>
    </message>
    <message>
        <source>ignoring %1 from QTWEBENGINE_CHROMIUM_FLAGS</source>
        <translation>%1 de QTWEBENGINE_CHROMIUM_FLAGS ignoré</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>LaunchedExportChild</name>
    <message>
        <source>the export program %1 did not start: %2</source>
        <translation>le programme d’export %1 n’a pas démarré : %2</translation>
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
        <translation>Aid&amp;e</translation>
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
        <source>Opened your mail client for %1</source>
        <translation>Client de messagerie ouvert pour %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Answer</source>
        <translation>Copier la &amp;réponse</translation>
    </message>
    <message>
        <source>Copy the question and its answer, with their source and content version</source>
        <translation>Copier la question et sa réponse, avec leur source et la version du contenu</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy a link to this section</source>
        <translation>Copier un lien vers cette section</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Rechercher dans la pa&amp;ge…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Aller en avant</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>Section pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>Section sui&amp;vante</translation>
    </message>
    <message>
        <source>Choose a question to copy its answer</source>
        <translation>Choisissez une question pour copier sa réponse</translation>
    </message>
    <message>
        <source>Copied the answer to &quot;%1&quot;</source>
        <translation>Réponse à « %1 » copiée</translation>
    </message>
    <message>
        <source>Copied a link to %1</source>
        <translation>Lien vers %1 copié</translation>
    </message>
    <message>
        <source>The page&apos;s display process was ended from outside the app, so the page has been reloaded.</source>
        <translation>Le processus d’affichage de la page a été arrêté depuis l’extérieur ; la page a donc été rechargée.</translation>
    </message>
    <message>
        <source>The page&apos;s display process crashed (code %1), so the page has been reloaded.</source>
        <translation>Le processus d’affichage de la page a planté (code %1) ; la page a donc été rechargée.</translation>
    </message>
    <message>
        <source>Offline · blocked requests: %1</source>
        <translation>Hors ligne · requêtes bloquées : %1</translation>
    </message>
    <message>
        <source>&amp;About Trustbook</source>
        <translation>À &amp;propos de Trustbook</translation>
    </message>
    <message>
        <source>&amp;Answer a Questionnaire…</source>
        <translation>&amp;Répondre à un questionnaire…</translation>
    </message>
    <message>
        <source>Answer a Questionnaire</source>
        <translation>Répondre à un questionnaire</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Zone suivante</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Zone précédente</translation>
    </message>
    <message>
        <source>Context Menu</source>
        <translation>Menu contextuel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Search results: move, open, back to the sections</source>
        <translation>Résultats de recherche : se déplacer, ouvrir, revenir aux sections</translation>
    </message>
    <message>
        <source>Find in page: previous match, close</source>
        <translation>Rechercher dans la page : occurrence précédente, fermer</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Show &amp;Sections</source>
        <translation>Afficher les &amp;sections</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from Favourites</source>
        <translation>« %1 » retiré des favoris</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to Favourites</source>
        <translation>« %1 » ajouté aux favoris</translation>
    </message>
    <message>
        <source>Removed from Favourites, no longer in the content: %1</source>
        <translation>Retiré des favoris, absent du contenu : %1</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
    <message>
        <source>%1 loads nothing from the network. Anything a page tries to fetch from outside the app is blocked and counted here.</source>
        <translation>%1 ne charge rien depuis le réseau. Tout ce qu’une page tente de récupérer hors de l’application est bloqué et compté ici.</translation>
    </message>
    <message>
        <source>Refused to open %1: %2 only opens web and e-mail links</source>
        <translation>Ouverture de %1 refusée : %2 n’ouvre que les liens web et e-mail</translation>
    </message>
    <message>
        <source>Remove from Fa&amp;vourites</source>
        <translation>Retirer des &amp;favoris</translation>
    </message>
    <message>
        <source>Add to Fa&amp;vourites</source>
        <translation>Ajouter aux &amp;favoris</translation>
    </message>
</context>
<context>
    <name>PdfExportChild</name>
    <message>
        <source>the export program holds other content (%1, not %2)</source>
        <translation>le programme d’export contient un autre contenu (%1, et non %2)</translation>
    </message>
</context>
<context>
    <name>PdfExportController</name>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Exporting to PDF… (step %1 of %2)</source>
        <translation>Export en PDF… (étape %1 sur %2)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Export en PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>Export annulé ; %1 est inchangé</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Exported 1 page to %1</source>
        <translation>1 page exportée vers %1</translation>
    </message>
    <message>
        <source>Exported %1 pages to %2</source>
        <translation>%1 pages exportées vers %2</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Que faut-il exporter</translation>
    </message>
    <message>
        <source>The current &amp;section</source>
        <translation>La &amp;section actuelle</translation>
    </message>
    <message>
        <source>The sections selected in the &amp;tree</source>
        <translation>Les sections sélectionnées dans l’&amp;arborescence</translation>
    </message>
    <message>
        <source>The current &amp;document</source>
        <translation>Le &amp;document actuel</translation>
    </message>
    <message>
        <source>&amp;All content</source>
        <translation>&amp;Tout le contenu</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de pa&amp;ge :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The sections selected in the &amp;tree (%1)</source>
        <translation>Les sections sélectionnées dans l’&amp;arborescence (%1)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Optional: the recipient, stamped on every page</source>
        <translation>Facultatif : le destinataire, apposé sur chaque page</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Prepared fo&amp;r:</source>
        <translation>Préparé &amp;pour :</translation>
    </message>
</context>
<context>
    <name>PdfExportProcess</name>
    <message>
        <source>the export program sent an unreadable reply</source>
        <translation>le programme d’export a envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>the page renderer stopped while printing; nothing was written</source>
        <translation>le moteur de rendu de la page s’est arrêté pendant l’impression ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>it did not finish: no progress within %1 s</source>
        <translation>il ne s’est pas terminé : aucune progression en %1 s</translation>
    </message>
    <message>
        <source>Another PDF export is still running; wait for it to finish.</source>
        <translation>Un autre export PDF est en cours ; attendez qu’il se termine.</translation>
    </message>
    <message>
        <source>Nothing to export: choose at least one section.</source>
        <translation>Rien à exporter : choisissez au moins une section.</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
    <message>
        <source>the page renderer stopped</source>
        <translation>le moteur de rendu de la page s’est arrêté</translation>
    </message>
    <message>
        <source>the page of %1 did not load</source>
        <translation>la page de %1 ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the page of %1 holds no document</source>
        <translation>la page de %1 ne contient aucun document</translation>
    </message>
    <message>
        <source>the pages hold %1 of the %2 sections asked for</source>
        <translation>les pages contiennent %1 des %2 sections demandées</translation>
    </message>
    <message>
        <source>%1 and %2 more documents</source>
        <translation>%1 et %2 autres documents</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 de %1</translation>
    </message>
    <message>
        <source>Content version (SHA-256)</source>
        <translation>Version du contenu (SHA-256)</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Exported with</source>
        <translation>Exporté avec</translation>
    </message>
    <message>
        <source>Sections included: %1 of %2</source>
        <translation>Sections incluses : %1 sur %2</translation>
    </message>
    <message>
        <source>Chromium produced no PDF</source>
        <translation>Chromium n’a produit aucun PDF</translation>
    </message>
    <message>
        <source>Chromium produced a blank or unreadable PDF</source>
        <translation>Chromium a produit un PDF vide ou illisible</translation>
    </message>
    <message>
        <source>Could not prepare the pages: %1</source>
        <translation>Impossible de préparer les pages : %1</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>Impossible d’exporter %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>Exporté depuis %1</translation>
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
        <translation>les pieds de page font %1 pages pour %2</translation>
    </message>
    <message>
        <source>qpdf could not finish the PDF: %1</source>
        <translation>qpdf n’a pas pu finaliser le PDF : %1</translation>
    </message>
    <message>
        <source>nothing was printed</source>
        <translation>rien n’a été imprimé</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <source>%1 · Page %2 of %3 · %4 · %5</source>
        <translation>%1 · Page %2 sur %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Prepared for %1 · %2 · Confidential</source>
        <translation>Préparé pour %1 · %2 · Confidentiel</translation>
    </message>
    <message>
        <source>the PDF has no pages to number</source>
        <translation>le PDF n’a aucune page à numéroter</translation>
    </message>
    <message>
        <source>could not draw the page footers</source>
        <translation>impossible de dessiner les pieds de page</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>the PDF has no destination for the bookmark &quot;%1&quot; (anchor %2)</source>
        <translation>le PDF n’a pas de destination pour le signet « %1 » (ancre %2)</translation>
    </message>
</context>
<context>
    <name>PdfVerifier</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>its Subject is no content version</source>
        <translation>son sujet n’est pas une version du contenu</translation>
    </message>
    <message>
        <source>its Keywords name %1 sections, its bookmarks %2</source>
        <translation>ses mots-clés nomment %1 sections, ses signets %2</translation>
    </message>
    <message>
        <source>Qt PDF cannot read it</source>
        <translation>Qt PDF ne peut pas le lire</translation>
    </message>
    <message>
        <source>a page lacks the footer with the content version</source>
        <translation>une page n’a pas le pied de page avec la version du contenu</translation>
    </message>
    <message>
        <source>%1 is not a PDF exported by %2: %3</source>
        <translation>%1 n’est pas un PDF exporté par %2 : %3</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
</context>
<context>
    <name>PreviewSource</name>
    <message>
        <source>unreleased</source>
        <extracomment>The content version of a preview, in About and in copied answers&apos; sources.</extracomment>
        <translation>non publiée</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Rendering %1…</source>
        <translation>Rendu de %1…</translation>
    </message>
    <message>
        <source>Preview — not a release</source>
        <extracomment>Marks the window of trustbook --preview: content shown straight from its folder.</extracomment>
        <translation>Aperçu — pas une publication</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The page shows the last version that rendered.</source>
        <translation>La page montre la dernière version dont le rendu a réussi.</translation>
    </message>
    <message>
        <source>Nothing rendered yet.</source>
        <translation>Rien n’a encore été rendu.</translation>
    </message>
    <message>
        <source>Preview of %1 failed to render:</source>
        <translation>Le rendu de l’aperçu de %1 a échoué :</translation>
    </message>
    <message>
        <source>Waiting for a saved change in %1…</source>
        <translation>En attente d’une modification enregistrée dans %1…</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>QpdfToolsLoader</name>
    <message>
        <source>cannot load the PDF module: %1</source>
        <translation>impossible de charger le module PDF : %1</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>%1 ne se trouve pas dans %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLoader</name>
    <message>
        <source>%1: there are no questions below the header row %2</source>
        <translation>%1 : aucune question sous la ligne d’en-tête %2</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>Revu le %1 par %2</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Revu le %1</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Review due by %1</source>
        <translation>Revue prévue au plus tard le %1</translation>
    </message>
    <message>
        <source>%1, review overdue (due %2)</source>
        <extracomment>%1 is what is known of the review, %2 the review-by date that has passed.</extracomment>
        <translation>%1, revue en retard (prévue le %2)</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>the built-in search text is damaged: %1</source>
        <translation>le texte de recherche intégré est endommagé : %1</translation>
    </message>
    <message>
        <source>cannot build the search index: %1</source>
        <translation>impossible de construire l’index de recherche : %1</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search is unavailable</source>
        <translation>Recherche indisponible</translation>
    </message>
    <message>
        <source>No results for “%1”.
Try removing a word or checking the spelling.</source>
        <translation>Aucun résultat pour « %1 ».
Essayez de retirer un mot ou de vérifier l’orthographe.</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>Result %1 of %2: %3, in %4</source>
        <translation>Résultat %1 sur %2 : %3, dans %4</translation>
    </message>
</context>
<context>
    <name>SearchResultDelegate</name>
    <message>
        <source>%1 · matches: %2</source>
        <translation>%1 · correspondances : %2</translation>
    </message>
</context>
<context>
    <name>SectionTreeItemAccessible</name>
    <message>
        <source>Expand</source>
        <translation>Déplier</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>cannot take the lock %1: %2</source>
        <translation>impossible de prendre le verrou %1 : %2</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the window already open did not answer within %1 s</source>
        <translation>la fenêtre déjà ouverte n’a pas répondu en %1 s</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Voir « %1 --help ».</translation>
    </message>
</context>
<context>
    <name>VerifyPdfCommand</name>
    <message>
        <source>Content version %1: the installed content&apos;s</source>
        <translation>Version du contenu %1 : celle du contenu installé</translation>
    </message>
    <message>
        <source>Content version %1: the installed content is %2</source>
        <translation>Version du contenu %1 : le contenu installé est %2</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>diffère : %1</translation>
    </message>
    <message>
        <source>%1 of %2 sections match the installed text</source>
        <translation>%1 sections sur %2 concordent avec le texte installé</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message>
        <source>the page did not load</source>
        <translation>la page ne s’est pas chargée</translation>
    </message>
    <message>
        <source>the page did not paint within %1 s</source>
        <translation>la page ne s’est pas affichée en %1 s</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>later launches will open windows of their own: %1</source>
        <translation>les lancements suivants ouvriront leurs propres fenêtres : %1</translation>
    </message>
    <message>
        <source>the built-in content is damaged: %1</source>
        <translation>le contenu intégré est endommagé : %1</translation>
    </message>
    <message>
        <source>the window&apos;s state will not be saved if the session ends: %1</source>
        <translation>l’état de la fenêtre ne sera pas enregistré si la session se termine : %1</translation>
    </message>
    <message>
        <source>--preview %1: no such folder</source>
        <translation>--preview %1 : ce dossier n’existe pas</translation>
    </message>
</context>
</TS>
