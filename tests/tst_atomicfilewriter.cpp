// Writing a file all or nothing, as a user finds the folder afterwards: the new bytes or the
// old file, no temporaries of ours, no link followed, and what a killed writer left cleaned.
#include "atomicfilewriter.h"
#include "filetestsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4 new");

bool age(const QString &path, int seconds)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(QDateTime::currentDateTime().addSecs(-seconds),
                            QFileDevice::FileModificationTime);
}

} // namespace

class TestAtomicFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void write_newFile_holdsBytesAndLeavesNothingElse()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
        const Result<Done> written = AtomicFileWriter::write(path, kPdf);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(readFile(path), kPdf);
        QCOMPARE(entries(), QStringList{QStringLiteral("out.pdf")});
    }

    void write_existingFile_isReplacedKeepingItsPermissions()
    {
        const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
        QVERIFY(writeFile(path, "old"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(AtomicFileWriter::write(path, kPdf));
        QCOMPARE(readFile(path), kPdf);
        QCOMPARE(QFileInfo(path).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void write_symlink_isRefusedLeavingLinkAndTargetAlone_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::newRow("link to a file") << true;
        QTest::newRow("dangling link") << false;
    }

    // A link was followed: its target replaced, or a dangling link's target created.
    void write_symlink_isRefusedLeavingLinkAndTargetAlone()
    {
        QFETCH(bool, targetExists);
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString target = elsewhere.filePath(QStringLiteral("precious"));
        if (targetExists)
            QVERIFY(writeFile(target, "mine"));
        const QString link = m_dir->filePath(QStringLiteral("out.pdf"));
        QVERIFY(QFile::link(target, link));

        const Result<Done> written = AtomicFileWriter::write(link, kPdf);

        QVERIFY(!written);
        QVERIFY2(written.error().contains(link) &&
                     written.error().contains(QStringLiteral("symbolic link")),
                 qPrintable(written.error()));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(QFileInfo::exists(target), targetExists);
        if (targetExists)
            QCOMPARE(readFile(target), QByteArrayLiteral("mine"));
        QCOMPARE(entries(), QStringList{QStringLiteral("out.pdf")});
        QVERIFY(!AtomicFileWriter::check(link));
    }

    // A writer killed between writing and renaming leaves a whole temporary: the next write
    // into that folder removes ours once old, and nothing that may be someone else's.
    void write_removesOldTemporariesOfOursOnly()
    {
        const QString old = QStringLiteral(".report.pdf.trustbook-a1B2c3");
        const QString fresh = QStringLiteral(".other.pdf.trustbook-Zz9yY8");
        const QString saveFileStyle = QStringLiteral("report.pdf.a1B2c3");
        const QString notOurs = QStringLiteral(".notes.txt.trustbook-bak");
        for (const QString &name : {old, fresh, saveFileStyle, notOurs})
            QVERIFY(writeFile(m_dir->filePath(name), "left over"));
        const int older = AtomicFileWriter::kLeftoverAgeSeconds + 60;
        for (const QString &name : {old, saveFileStyle, notOurs})
            QVERIFY(age(m_dir->filePath(name), older));

        QVERIFY(AtomicFileWriter::write(m_dir->filePath(QStringLiteral("out.pdf")), kPdf));

        QStringList expected{fresh, notOurs, QStringLiteral("out.pdf"), saveFileStyle};
        expected.sort();
        QCOMPARE(entries(), expected);
    }

    void write_failure_leavesOldFileAndNoTemporary()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only folder anyway");
        const QString path = m_dir->filePath(QStringLiteral("out.pdf"));
        QVERIFY(writeFile(path, "old"));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        const Result<Done> written = AtomicFileWriter::write(path, kPdf);
        QVERIFY(QFile::setPermissions(m_dir->path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(!written);
        QVERIFY2(written.error().contains(path), qPrintable(written.error()));
        QCOMPARE(readFile(path), QByteArrayLiteral("old"));
        QCOMPARE(entries(), QStringList{QStringLiteral("out.pdf")});
    }

private:
    QStringList entries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomicfilewriter.moc"
