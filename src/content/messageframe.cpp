#include "messageframe.h"

#include <QtEndian>

namespace MessageFrame {

QByteArray encode(quint8 kind, const QByteArray &payload)
{
    QByteArray message(kHeaderBytes, Qt::Uninitialized);
    message[0] = static_cast<char>(kind);
    qToBigEndian(static_cast<quint32>(payload.size()), message.data() + 1);
    return message + payload;
}

Status take(QByteArray *buffer, qint64 maxPayloadBytes, Frame *frame)
{
    if (buffer->size() < kHeaderBytes)
        return Status::Incomplete;
    const qint64 size = qFromBigEndian<quint32>(buffer->constData() + 1);
    if (size > maxPayloadBytes)
        return Status::TooLarge;
    if (buffer->size() < kHeaderBytes + size)
        return Status::Incomplete;
    frame->kind = static_cast<quint8>(buffer->at(0));
    if (buffer->size() == kHeaderBytes + size) {
        // The usual case, and the one that matters: a PDF of tens of MB is the last message.
        // Taking the buffer whole and dropping its front (Qt 6 moves the start, it copies
        // nothing) saves copying it on the GUI thread.
        frame->payload = std::move(*buffer);
        frame->payload.remove(0, kHeaderBytes);
        buffer->clear();
        return Status::Complete;
    }
    frame->payload = buffer->mid(kHeaderBytes, size);
    buffer->remove(0, kHeaderBytes + size);
    return Status::Complete;
}

} // namespace MessageFrame
