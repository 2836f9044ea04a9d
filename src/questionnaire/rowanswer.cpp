#include "rowanswer.h"

QString RowAnswer::statusName(Status status)
{
    switch (status) {
    case Status::Answered:
        return QStringLiteral("answered");
    case Status::Review:
        return QStringLiteral("review");
    case Status::None:
        break;
    }
    return QStringLiteral("none");
}
