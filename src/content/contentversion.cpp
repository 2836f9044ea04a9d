#include "contentversion.h"

#include <openssl/evp.h>

#include <algorithm>

QByteArray ContentVersion::sha256(QByteArrayView bytes)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    // EVP_Digest fails only without memory or without SHA-256 in the library: neither a
    // state a content version could be given in.
    if (EVP_Digest(bytes.data(), static_cast<size_t>(bytes.size()),
                   reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(),
                   nullptr) != 1)
        qFatal("libcrypto cannot compute SHA-256");
    digest.truncate(static_cast<qsizetype>(size));
    return digest;
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
