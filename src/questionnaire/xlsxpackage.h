#pragma once

#include "readlimits.h"
#include "result.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

// The zip inside an xlsx, read from memory with a cap on everything it can make Trustbook
// inflate: parts are counted while they inflate (a zip's own size fields are the attacker's to
// write), one part, all parts together and the ratio of inflated to stored bytes, so a zip bomb
// is stopped after at most one cap's worth of work.
class XlsxPackage final
{
public:
    // name: how messages call the file.
    XlsxPackage(const QByteArray &bytes, const QString &name, const ReadLimits &limits);
    ~XlsxPackage();
    Q_DISABLE_COPY_MOVE(XlsxPackage)

    Result<Done> open();
    QStringList partNames() const { return m_partNames; }
    // Part names in a package ignore case (OPC); a leading '/' is allowed.
    bool contains(const QString &part) const;
    Result<QByteArray> part(const QString &part);

private:
    QByteArray m_bytes;
    QString m_name;
    ReadLimits m_limits;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_partNames;
    qint64 m_inflatedBytes = 0;
};
