#pragma once

#include <QByteArray>

// One message between a parent and its child process: a kind byte, a big-endian u32 length and
// that many bytes of payload. The header says how large a message is before the rest arrives,
// so a reader knows when it has all of it, and refuses one that is too large before holding
// it in memory.
namespace MessageFrame {

constexpr qsizetype kHeaderBytes = 5;

QByteArray encode(quint8 kind, const QByteArray &payload);

struct Frame
{
    quint8 kind = 0;
    QByteArray payload;
};

enum class Status { Incomplete, Complete, TooLarge };

// Takes one whole message off the front of `buffer` into `frame` (set only when Complete).
// TooLarge as soon as the header announces more than `maxPayloadBytes`; the buffer is then
// left as it was.
Status take(QByteArray *buffer, qint64 maxPayloadBytes, Frame *frame);

} // namespace MessageFrame
