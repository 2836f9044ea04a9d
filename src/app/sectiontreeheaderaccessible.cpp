#include "sectiontreeheaderaccessible.h"

#include <QHeaderView>

SectionTreeHeaderAccessible::SectionTreeHeaderAccessible(QTreeView *view, int column)
    : SectionTreeLeafAccessible(view)
    , m_column(column)
{}

bool SectionTreeHeaderAccessible::isValid() const
{
    return view() && view()->model() &&
           m_column < view()->model()->columnCount(view()->rootIndex());
}

QString SectionTreeHeaderAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return view()->model()->headerData(m_column, Qt::Horizontal).toString();
}

QRect SectionTreeHeaderAccessible::rect() const
{
    if (!isValid())
        return {};
    const QHeaderView *header = view()->header();
    // A hidden header still has its sections' widths; it is no higher than nothing.
    const QRect section(header->sectionViewportPosition(m_column), 0, header->sectionSize(m_column),
                        header->isVisible() ? header->height() : 0);
    const QWidget *origin =
        header->isVisible() ? static_cast<const QWidget *>(header->viewport()) : view()->viewport();
    return section.translated(origin->mapToGlobal(QPoint(0, 0)));
}

QAccessible::State SectionTreeHeaderAccessible::state() const
{
    QAccessible::State state;
    if (!isValid())
        state.invalid = true;
    else if (!view()->header()->isVisible())
        state.invisible = true;
    return state;
}
