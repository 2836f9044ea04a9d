#pragma once

#include <QIcon>
#include <QString>

// An icon from the desktop's theme, or Trustbook's own copy where the desktop has none: a
// button whose only content is an icon is an empty box without it.
namespace BundledIcon {

// `name` is a freedesktop icon name with an SVG of that name in resources/icons.
QIcon themed(const QString &name);

} // namespace BundledIcon
