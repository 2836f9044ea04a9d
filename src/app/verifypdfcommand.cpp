#include "verifypdfcommand.h"

#include "pdfverifier.h"

VerifyPdfCommand::VerifyPdfCommand(const ContentBundle &bundle, QTextStream &out, QTextStream &err)
    : m_bundle(bundle)
    , m_out(out)
    , m_err(err)
{}

int VerifyPdfCommand::run(const QString &path)
{
    const Result<PdfVerification> verified = PdfVerifier(m_bundle).verify(path);
    if (!verified) {
        m_err << m_bundle.brand().messagePrefix() << verified.error() << '\n';
        return 2;
    }
    const PdfVerification &found = *verified;
    if (found.versionMatches())
        m_out << tr("Content version %1: the installed content's").arg(found.stampedVersion)
              << '\n';
    else
        m_out << tr("Content version %1: the installed content is %2")
                     .arg(found.stampedVersion, found.installedVersion)
              << '\n';
    for (const QString &section : found.differing)
        m_out << tr("differs: %1").arg(section) << '\n';
    m_out << tr("%1 of %2 sections match the installed text")
                 .arg(found.sections.size() - found.differing.size())
                 .arg(found.sections.size())
          << '\n';
    return found.matches() ? 0 : 1;
}
