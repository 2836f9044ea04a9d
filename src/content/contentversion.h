#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

// Which version of the content a reader saw. Per document: the SHA-256 of its source bytes.
// For all content: the SHA-256 of the list `sha256sum` prints for the source files in byte
// order of their names, so an auditor can check it without Trustbook:
//     cd resources/content && LC_ALL=C sha256sum * | sha256sum
class ContentVersion final
{
public:
    static QString documentHash(const QByteArray &sourceBytes);
    // The raw SHA-256 of `bytes`.
    static QByteArray sha256(QByteArrayView bytes);
    // fileHashes: file name (e.g. "security-faq.md") -> documentHash of that file
    static QString combinedHash(const QMap<QString, QString> &fileHashes);
};
