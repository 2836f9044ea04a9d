#include "contentversion.h"

// SHA256_Init() and friends are deprecated in OpenSSL 3 for EVP_Digest(), which loads and
// configures a provider on first use: 1.5 ms of CPU in every process, more than hashing the
// FAQ. These reach the same assembly directly.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <algorithm>

QByteArray ContentVersion::sha256(QByteArrayView bytes)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_CTX context;
    // They fail only on a null argument.
    SHA256_Init(&context);
    SHA256_Update(&context, bytes.data(), static_cast<size_t>(bytes.size()));
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), &context);
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
