#pragma once

#include "contentbundle.h"

#include <QCoreApplication>
#include <QTextStream>

// `trustbook --verify-pdf FILE`: PdfVerifier's findings as lines for a person or a script and
// an exit code: 0 when the content version and every section match the installed content, 1
// naming each section that differs, 2 for a file that is not a PDF this app exported.
class VerifyPdfCommand final
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPdfCommand)
    Q_DISABLE_COPY_MOVE(VerifyPdfCommand)

public:
    // `bundle` must outlive the command.
    VerifyPdfCommand(const ContentBundle &bundle, QTextStream &out, QTextStream &err);

    int run(const QString &path);

private:
    const ContentBundle &m_bundle;
    QTextStream &m_out;
    QTextStream &m_err;
};
