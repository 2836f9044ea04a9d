#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line, decided before any QApplication exists:
// listing or searching sections must not start a window or Chromium, and a mistake must exit
// with 2.
struct CommandLine
{
    enum class Action { OpenWindow, List, Search, ShowVersion, ShowHelp, UsageError };

    Action action = Action::OpenWindow;
    QString sectionPath; // "DOC/SECTION" or "DOC"; empty for the default place
    QString message;     // the help text, or what is wrong with the arguments
    QString language;    // --lang CODE; empty to follow the system locale
    // --search QUERY, as typed. The initializer lets the brace-initialized results that do not
    // search leave it out without -Wmissing-field-initializers.
    QString searchQuery = {};

    static CommandLine parse(const QStringList &arguments);
    // "trustbook://DOC/SECTION" (a deep link) -> "DOC/SECTION"; anything else unchanged.
    static QString sectionPathFromArgument(const QString &argument);
};
