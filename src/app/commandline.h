#pragma once

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

// What the user asked for on the command line, decided before any QApplication exists:
// listing sections must not start a window or Chromium, and a mistake must exit with 2.
struct CommandLine
{
    enum class Action { OpenWindow, List, ExportPdf, ShowVersion, ShowHelp, UsageError };

    // --export-pdf FILE (--section DOC/SECTION ... | --all) [--page-size ...] [--landscape]
    struct PdfExport
    {
        QString filePath;
        QStringList sectionPaths;                      // "DOC/SECTION" or "DOC"; empty with --all
        std::optional<QPageSize::PageSizeId> pageSize; // empty: the locale's
        bool landscape = false;
    };

    // A constructor rather than aggregate initialisation, so an option added later (like
    // pdfExport) does not have to touch every place that builds a CommandLine. Not explicit:
    // parse() returns brace lists.
    CommandLine(Action action_ = Action::OpenWindow, QString sectionPath_ = {},
                QString message_ = {}, QString language_ = {})
        : action(action_)
        , sectionPath(std::move(sectionPath_))
        , message(std::move(message_))
        , language(std::move(language_))
    {}

    Action action = Action::OpenWindow;
    QString sectionPath; // "DOC/SECTION" or "DOC"; empty for the default place
    QString message;     // the help text, or what is wrong with the arguments
    QString language;    // --lang CODE; empty to follow the system locale
    PdfExport pdfExport; // with Action::ExportPdf

    static CommandLine parse(const QStringList &arguments);
    // "trustbook://DOC/SECTION" (a deep link) -> "DOC/SECTION"; anything else unchanged.
    static QString sectionPathFromArgument(const QString &argument);
};
