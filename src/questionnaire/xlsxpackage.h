#pragma once

#include "readlimits.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The zip inside an xlsx, read from memory with a cap on everything it can make Trustbook
// inflate: parts are counted while they inflate (a zip's own size fields are the attacker's to
// write), one part, all parts together and the ratio of inflated to stored bytes, so a zip bomb
// is stopped after at most one cap's worth of work.
//
// Read with minizip, the zip library libxlsxwriter itself links: QuaZip carries its own
// modified copy of minizip under the same unprefixed symbol names (zipOpen, unzOpen2, ...), so
// QuaZip and libxlsxwriter cannot share one process (libxlsxwriter's zipOpen lands in QuaZip's
// and crashes).
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

    // Where minizip reads from: the bytes and a position in them.
    struct Stream
    {
        const QByteArray *bytes = nullptr;
        quint64 position = 0;
    };

private:
    QByteArray m_bytes;
    QString m_name;
    ReadLimits m_limits;
    Stream m_stream;
    void *m_zip = nullptr; // minizip's unzFile
    QStringList m_partNames;
    qint64 m_inflatedBytes = 0;
};
