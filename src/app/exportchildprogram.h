#pragma once

#include <QString>
#include <QStringList>

// The program that exports in a child: this very binary (it holds the same content), told to
// speak the parent's language.
struct ExportChildProgram
{
    QString path;
    QString language; // --lang CODE as the parent got it; empty: the system's

    // What the child is started with after the program: PdfExportChild's option and the
    // language. A forked child (ForkedExportChild) takes the same, so both start alike.
    QStringList arguments() const
    {
        QStringList arguments{QStringLiteral("--pdf-export-child")};
        if (!language.isEmpty())
            arguments << QStringLiteral("--lang") << language;
        return arguments;
    }
};
