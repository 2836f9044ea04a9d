#include "sectiontreeheaderaccessible.h"

#include <QHeaderView>
#include <QTreeView>
#include <QWindow>

SectionTreeHeaderAccessible::SectionTreeHeaderAccessible(QTreeView *view, int column)
    : m_view(view)
    , m_column(column)
{}

bool SectionTreeHeaderAccessible::isValid() const
{
    return m_view && m_view->model() &&
           m_column < m_view->model()->columnCount(m_view->rootIndex());
}

QWindow *SectionTreeHeaderAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *SectionTreeHeaderAccessible::parent() const
{
    return QAccessible::queryAccessibleInterface(m_view.data());
}

QString SectionTreeHeaderAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return m_view->model()->headerData(m_column, Qt::Horizontal).toString();
}

QRect SectionTreeHeaderAccessible::rect() const
{
    if (!isValid())
        return {};
    const QHeaderView *header = m_view->header();
    // A hidden header still has its sections' widths; it is no higher than nothing.
    const QRect section(header->sectionViewportPosition(m_column), 0, header->sectionSize(m_column),
                        header->isVisible() ? header->height() : 0);
    const QWidget *origin =
        header->isVisible() ? static_cast<const QWidget *>(header->viewport()) : m_view->viewport();
    return section.translated(origin->mapToGlobal(QPoint(0, 0)));
}

QAccessible::State SectionTreeHeaderAccessible::state() const
{
    QAccessible::State state;
    if (!isValid())
        state.invalid = true;
    else if (!m_view->header()->isVisible())
        state.invisible = true;
    return state;
}
