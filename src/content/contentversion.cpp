#include "contentversion.h"

#include <QCryptographicHash>

#include <algorithm>

QString ContentVersion::documentHash(const QByteArray &sourceBytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sourceBytes, QCryptographicHash::Sha256).toHex());
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
