#include "windowfit.h"

#include <algorithm>

WindowFit WindowFit::into(const QRect &available, const QMargins &frame, const QPoint &position,
                          const QSize &size)
{
    const QSize fitted = size.boundedTo((available - frame).size());
    const QSize framed = fitted.grownBy(frame);
    // Past the right or bottom edge, back onto the screen; past the left or top edge (or on a
    // screen too small even so), at that edge, where the title bar can still be grabbed.
    const int x =
        std::max(available.left(), std::min(position.x(), available.right() + 1 - framed.width()));
    const int y =
        std::max(available.top(), std::min(position.y(), available.bottom() + 1 - framed.height()));
    return {fitted, QPoint(x, y)};
}
