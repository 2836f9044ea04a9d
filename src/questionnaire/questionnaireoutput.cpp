#include "questionnaireoutput.h"

#include "csvformat.h"
#include "pathidentity.h"
#include "xlsxfilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cstdio>

namespace {

Result<Done> failure(const QString &path, const QString &reason)
{
    return Result<Done>::failure(QStringLiteral("%1: cannot write it: %2").arg(path, reason));
}

Result<Done> refuseInput(const QString &inputPath, const QString &target)
{
    if (!PathIdentity::sameFile(inputPath, target))
        return Result<Done>::success({});
    return failure(target, QStringLiteral("that is the questionnaire being answered (%1), which "
                                          "is never overwritten; choose another output file")
                               .arg(inputPath));
}

// Writes the bytes in full to a temporary file beside the target, not yet in its place.
Result<Done> prepare(QSaveFile &file, const QByteArray &bytes)
{
    const QString path = file.fileName();
    const QFileInfo target(path);
    // Renaming over a device or a folder would replace the node itself.
    if (target.exists() && !target.isFile())
        return failure(path, QStringLiteral("it is not a regular file"));
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failure(path, file.errorString());
    return Result<Done>::success({});
}

// What was at `path` before, kept as a copy beside it so that it can be put back.
class Backup final
{
public:
    Q_DISABLE_COPY_MOVE(Backup)
    Backup() = default;
    ~Backup()
    {
        if (!m_copy.isEmpty())
            QFile::remove(m_copy);
    }

    Result<Done> take(const QString &path)
    {
        m_path = path;
        if (!QFileInfo::exists(path))
            return Result<Done>::success({});
        QTemporaryFile name(
            QDir(QFileInfo(path).absolutePath())
                .filePath(QStringLiteral(".%1.previous.XXXXXX").arg(QFileInfo(path).fileName())));
        if (!name.open())
            return failure(path, QStringLiteral("cannot keep a copy of the file there now: %1")
                                     .arg(name.errorString()));
        const QString copy = name.fileName();
        name.close();
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return failure(path, QStringLiteral("cannot keep a copy of the file there now"));
        m_copy = copy;
        return Result<Done>::success({});
    }

    // Puts back what was there: the old file, or nothing.
    void restore()
    {
        if (m_copy.isEmpty()) {
            QFile::remove(m_path);
        } else if (std::rename(QFile::encodeName(m_copy).constData(),
                               QFile::encodeName(m_path).constData()) == 0) {
            m_copy.clear();
        }
    }

private:
    QString m_path;
    QString m_copy;
};

// The CSV and its sidecar. Both are written in full to temporary files beside their targets
// first, where running out of space or permission fails before either target is touched.
// Then the sidecar is renamed into place, and the output last: the output is what a person
// opens and sends on, so it is the commit point, and an answered questionnaire never stands
// without its evidence. Should the output's rename fail, the sidecar that just landed is
// taken back (the previous one, if any, is restored from a copy taken beforehand).
Result<Done> writeCsvPair(const FilledQuestionnaire &filled, const QString &outputPath)
{
    const CsvDialect dialect = filled.workbook.csvDialect().value_or(CsvDialect());
    const QString auditPath = QuestionnaireOutput::auditPath(outputPath);
    QSaveFile audit(auditPath);
    if (Result<Done> prepared = prepare(audit, CsvFormat::write(*filled.audit, dialect)); !prepared)
        return prepared;
    QSaveFile output(outputPath);
    const QByteArray bytes = CsvFormat::write(filled.workbook.sheets().value(0), dialect);
    if (Result<Done> prepared = prepare(output, bytes); !prepared)
        return prepared;
    Backup previousAudit;
    if (Result<Done> kept = previousAudit.take(auditPath); !kept)
        return kept;
    if (!audit.commit())
        return failure(auditPath, audit.errorString());
    if (!output.commit()) {
        previousAudit.restore();
        return failure(outputPath, output.errorString());
    }
    return Result<Done>::success({});
}

} // namespace

QString QuestionnaireOutput::auditPath(const QString &outputPath)
{
    return outputPath + QStringLiteral(".audit.csv");
}

Result<Done> QuestionnaireOutput::checkTarget(const QString &inputPath, const QString &outputPath)
{
    if (outputPath.isEmpty())
        return Result<Done>::failure(QStringLiteral("no output file name"));
    if (Result<Done> refused = refuseInput(inputPath, outputPath); !refused)
        return refused;
    // Checked for an xlsx too: cheap, and the caller may not know the format yet.
    return refuseInput(inputPath, auditPath(outputPath));
}

Result<Done> QuestionnaireOutput::write(const FilledQuestionnaire &filled, const QString &inputPath,
                                        const QString &outputPath)
{
    if (Result<Done> refused = checkTarget(inputPath, outputPath); !refused)
        return refused;
    if (!filled.audit)
        return XlsxFileWriter::write(filled.workbook, outputPath);
    return writeCsvPair(filled, outputPath);
}
