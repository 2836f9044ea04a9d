#pragma once

#include "result.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for on the command line: listing or searching sections must not start a
// window or Chromium, and a mistake must exit with 2. Parsed twice at start-up (see StartUp):
// once to choose the application and the language, then for real with the translators in.
struct CommandLine
{
    enum class Action {
        OpenWindow,
        Screenshot,
        List,
        Search,
        Answer,
        ExportPdf,
        VerifyPdf,
        PdfExportChild, // internal: the app's own export child (PdfExportChild)
        ShowVersion,
        ShowHelp,
        UsageError
    };

    // --export-pdf FILE (--section DOC/SECTION ... | --all) [--page-size ...] [--landscape]
    //     [--prepared-for TEXT] [--export-time ISO-8601]
    struct PdfExport
    {
        QString filePath;
        QStringList sectionPaths;                      // "DOC/SECTION" or "DOC"; empty with --all
        std::optional<QPageSize::PageSizeId> pageSize; // empty: the locale's
        bool landscape = false;
        QString preparedFor;                 // empty: no "Prepared for" line
        std::optional<QDateTime> exportedAt; // empty: now
    };

    // --answer FILE [--output FILE] [--question-column NAME] [--answer-column NAME] [--sheet NAME]
    struct Answer
    {
        QString inputPath;
        QString outputPath;     // empty: beside the input (AnswerCommand::defaultOutputPath)
        QString questionColumn; // empty for these three: found in the questionnaire
        QString answerColumn;
        QString sheet;
    };

    Action action = Action::OpenWindow;
    QString sectionPath;    // "DOC/SECTION" or "DOC"; empty for the default place
    QString message;        // the help text, or what is wrong with the arguments
    QString language;       // --lang CODE, also with a mistake; empty: the system's language
    QString theme;          // --theme light|dark|system; empty for the saved or system choice
    QString screenshotPath; // --screenshot FILE.png
    QString previewDir;     // --preview DIR; empty: the built-in content
    QString searchQuery;    // --search QUERY, as typed
    PdfExport pdfExport;    // with Action::ExportPdf
    QString verifyPdfPath;  // --verify-pdf FILE
    Answer answer;          // with Action::Answer

    static CommandLine parse(const QStringList &arguments);
    // "trustbook://DOC/SECTION" (a deep link) -> "DOC/SECTION"; anything else unchanged.
    static QString sectionPathFromArgument(const QString &argument);
    // The usage error for a section the content does not have (the catalog decides that).
    static QString unknownSectionMessage(const QString &sectionPath);
    // An argument as a message may quote it: the first 80 characters and "…" when longer.
    static QString shortened(const QString &argument);
    // argv as text that encodes back to the same bytes (QFile::decodeName), so a file name
    // names the file the user meant; fails with the first argument that cannot be decoded.
    static Result<QStringList, QByteArray> decodeArguments(int argc, const char *const *argv);
    // The usage error for such an argument.
    static QString undecodableMessage(const QByteArray &argument);
};
