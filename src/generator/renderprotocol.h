#pragma once

#include "documentrenderer.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <optional>

// The bytes between trustbook-gen and its renderer children. A request is one file path; a
// reply is that file's document or error. Both are length-prefixed, so a reply is known to be
// complete (or too large) from its header, before the rest arrives.
//   request: u32 length, UTF-8 path
//   reply:   u8 kind (0 document, 1 error), u32 length, payload (QDataStream, Qt 6.4)
namespace RenderProtocol {

QByteArray request(const QString &path);
// The child's side: the next path from `in`; nullopt at the end of input (the parent is done).
std::optional<QString> readRequest(std::FILE *in);

QByteArray reply(const RenderResult &result);

enum class ReplyStatus { Incomplete, Complete, TooLarge, Unreadable };
// Takes one whole reply off the front of `buffer` into `result`, which is set only when the
// reply is Complete. TooLarge as soon as the header announces a payload over
// `maxPayloadBytes`; Incomplete until all of it is there.
ReplyStatus takeReply(QByteArray *buffer, qint64 maxPayloadBytes,
                      std::optional<RenderResult> *result);

} // namespace RenderProtocol
