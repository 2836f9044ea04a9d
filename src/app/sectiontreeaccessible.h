#pragma once

#include "shownrows.h"

#include <QAccessibleWidget>
#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QPersistentModelIndex>

class QTreeView;

// The section tree as a screen reader reads it. Qt 6.4's own accessible tree (QAccessibleTree,
// private to Qt Widgets) reports its current row FOCUSED whatever has the keyboard, so while
// the reader typed in the search field or read the page, a screen reader walking the window
// found two focused objects. This one reports it only while the tree has the keyboard, and
// otherwise shows what Qt's shows: a table whose children are one row for the column header
// (hidden, but QTreeView counts it when it numbers its focus and selection events) and then
// the rows as shown, top to bottom (ShownRows), each column a SectionTreeItemAccessible.
class SectionTreeAccessible final : public QAccessibleWidget, public QAccessibleTableInterface
{
public:
    explicit SectionTreeAccessible(QTreeView *view);
    ~SectionTreeAccessible() override;
    SectionTreeAccessible(const SectionTreeAccessible &) = delete;
    SectionTreeAccessible &operator=(const SectionTreeAccessible &) = delete;

    // A QAccessible::InterfaceFactory: this for a SectionTreeView, nothing for anything else.
    static QAccessibleInterface *create(const QString &className, QObject *object);
    // Installs create() with QAccessible, once: its list of factories is the process's.
    static void install();

    // The row's object (`index`'s column of it), or null while the row is not shown.
    QAccessibleInterface *itemFor(const QModelIndex &index) const;
    // The rows as shown, for whoever lays them out in a way no signal tells (invalidate()).
    ShownRows &shownRows() { return m_rows; }

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int) const override { return {}; }
    int selectedColumnCount() const override;
    int selectedRowCount() const override;
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override;
    QList<int> selectedRows() const override;
    bool isColumnSelected(int column) const override;
    bool isRowSelected(int row) const override;
    bool selectRow(int row) override;
    bool selectColumn(int column) override;
    bool unselectRow(int row) override;
    bool unselectColumn(int column) override;
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

private:
    QTreeView *view() const;
    bool isShown(const QModelIndex &index) const;
    QAccessibleInterface *registeredItem(const QModelIndex &index) const;
    QAccessibleInterface *headerFor(int column) const;
    // Rows a screen reader may still hold are unregistered, so it learns they are gone.
    void dropHidden();
    void dropAll();
    bool select(int row, bool on);

    ShownRows m_rows;
    // Created on first asking and kept, so a screen reader gets the same object for a row
    // for as long as the row is shown. Keyed by the model index, which follows the row when
    // rows above it come and go (and hashes by its own identity, which does not move).
    mutable QHash<QPersistentModelIndex, QAccessible::Id> m_items;
    mutable QHash<int, QAccessible::Id> m_headers;
    QObject m_connections; // ends the view's connections to this with it
};
