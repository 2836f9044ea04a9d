#include "contentversion.h"

#include <QCryptographicHash>

#include <algorithm>

// Qt's own SHA-256, not libcrypto's faster one: linked into the app, libcrypto cost every
// process 4,000 symbol lookups at start and the window 1.4 MiB of its pages, for hashing a
// style sheet and a list of hashes. The generator hashes every source, and Qt's is slower at
// that, but it is still a small part of a build (see tests/benchmarks/README.md).
QByteArray ContentVersion::sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString ContentVersion::documentHash(const QByteArray &sourceBytes)
{
    return QString::fromLatin1(sha256(sourceBytes).toHex());
}

QString ContentVersion::combinedHash(const QMap<QString, QString> &fileHashes)
{
    // QMap orders QString keys by UTF-16 code units, not by UTF-8 bytes as `LC_ALL=C sort`
    // does; sorting the UTF-8 names keeps the two equal for names outside the BMP too.
    QList<QByteArray> names;
    for (auto it = fileHashes.cbegin(); it != fileHashes.cend(); ++it)
        names.append(it.key().toUtf8());
    std::sort(names.begin(), names.end());

    QByteArray listing;
    for (const QByteArray &name : names)
        listing += fileHashes.value(QString::fromUtf8(name)).toLatin1() + "  " + name + '\n';
    return documentHash(listing);
}
