#include "sectiontreedelegate.h"

#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QtTest>

#include <memory>

// The section tree's delegate keeps each row's laid-out title; what a reader sees must be what
// the style itself draws, in every state a row can be in.
class TestSectionTreeDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_lookAsTheStyleDrawsThem_data();
    void rows_lookAsTheStyleDrawsThem();
    void repaints_layOutNoTitleAgain();
    void narrowerTree_elidesTheTitlesAnew();

private:
    static std::unique_ptr<QStandardItemModel> model();
    // A tree over `model` drawn by SectionTreeDelegate (`kept`) or by the style's own
    // QStyledItemDelegate, every document open, not yet shown.
    static std::unique_ptr<QTreeView> tree(QStandardItemModel *model, bool kept, int width);
};

// The smallest rectangle holding every pixel that differs; empty when none does.
static QRect differences(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.rect().united(b.rect());
    QRect found;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y))
                found = found.united(QRect(x, y, 1, 1));
        }
    }
    return found;
}

std::unique_ptr<QStandardItemModel> TestSectionTreeDelegate::model()
{
    auto made = std::make_unique<QStandardItemModel>();
    auto *document = new QStandardItem(QStringLiteral("Handbook"));
    for (const QString &title :
         {QStringLiteral("What data do you collect?"),
          QStringLiteral("Is customer data encrypted at rest and in transit, and who holds the "
                         "keys that encrypt it?"),
          QStringLiteral("Wie lange bewahren Sie Protokolle auf?"),
          QStringLiteral("\u05d4\u05d0\u05dd \u05d4\u05e0\u05ea\u05d5\u05e0\u05d9\u05dd "
                         "\u05de\u05d5\u05e6\u05e4\u05e0\u05d9\u05dd?"),
          QStringLiteral("SSO?")})
        document->appendRow(new QStandardItem(title));
    made->appendRow(document);
    made->appendRow(new QStandardItem(QStringLiteral("Glossary")));
    return made;
}

std::unique_ptr<QTreeView> TestSectionTreeDelegate::tree(QStandardItemModel *model, bool kept,
                                                         int width)
{
    auto view = std::make_unique<QTreeView>();
    view->setHeaderHidden(true);
    view->setUniformRowHeights(true);
    view->setModel(model);
    if (kept)
        view->setItemDelegate(new SectionTreeDelegate(view.get()));
    else
        view->setItemDelegate(new QStyledItemDelegate(view.get()));
    view->expandAll();
    view->resize(width, 200);
    return view;
}

void TestSectionTreeDelegate::rows_lookAsTheStyleDrawsThem_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("focused");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("dark");
    QTest::newRow("wide, nothing selected")
        << 520 << false << false << true << Qt::LeftToRight << false;
    QTest::newRow("narrow: long titles elided")
        << 170 << false << false << true << Qt::LeftToRight << false;
    QTest::newRow("selected row") << 320 << true << false << true << Qt::LeftToRight << false;
    QTest::newRow("selected row with focus")
        << 320 << true << true << true << Qt::LeftToRight << false;
    QTest::newRow("disabled") << 320 << true << false << false << Qt::LeftToRight << false;
    QTest::newRow("right to left, elided")
        << 200 << true << false << true << Qt::RightToLeft << false;
    QTest::newRow("dark palette") << 320 << true << false << true << Qt::LeftToRight << true;
}

void TestSectionTreeDelegate::rows_lookAsTheStyleDrawsThem()
{
    QFETCH(int, width);
    QFETCH(bool, selected);
    QFETCH(bool, focused);
    QFETCH(bool, enabled);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, dark);

    const auto rows = model();
    QList<QImage> images;
    for (const bool ours : {false, true}) {
        std::unique_ptr<QTreeView> view = tree(rows.get(), ours, width);
        view->setLayoutDirection(direction);
        if (dark) {
            QPalette palette = view->palette();
            palette.setColor(QPalette::Base, QColor(0x20, 0x22, 0x26));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            view->setPalette(palette);
        }
        view->setEnabled(enabled);
        const QModelIndex second = rows->index(1, 0, rows->index(0, 0));
        if (selected)
            view->setCurrentIndex(second);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        if (focused) {
            view->activateWindow();
            view->setFocus();
            QTRY_VERIFY(view->hasFocus());
        }
        images.append(view->grab().toImage());
    }
    const QRect differing = differences(images.at(0), images.at(1));
    if (!differing.isEmpty()) {
        const QString dir = QDir::temp().filePath(QStringLiteral("tst_sectiontreedelegate"));
        QDir().mkpath(dir);
        images.at(0).save(dir + QStringLiteral("/style.png"));
        images.at(1).save(dir + QStringLiteral("/delegate.png"));
        QFAIL(qPrintable(QStringLiteral("the rows differ from the style's at x %1-%2, y %3-%4; "
                                        "both pictures are in %5")
                             .arg(differing.left())
                             .arg(differing.right())
                             .arg(differing.top())
                             .arg(differing.bottom())
                             .arg(dir)));
    }
}

void TestSectionTreeDelegate::repaints_layOutNoTitleAgain()
{
    const auto rows = model();
    std::unique_ptr<QTreeView> view = tree(rows.get(), true, 320);
    const auto *delegate = qobject_cast<SectionTreeDelegate *>(view->itemDelegate());
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QImage first = view->grab().toImage();
    const int laidOut = delegate->layoutsMade();
    QCOMPARE(laidOut, 7); // every row shown: two documents, five sections

    // A new current row, and back: two rows repainted each time, their titles already laid out.
    QItemSelectionModel *selection = view->selectionModel();
    const QModelIndex start = view->currentIndex();
    QVERIFY(!selection->hasSelection());
    selection->setCurrentIndex(rows->index(3, 0, rows->index(0, 0)),
                               QItemSelectionModel::ClearAndSelect);
    QVERIFY(view->grab().toImage() != first);
    selection->setCurrentIndex(start, QItemSelectionModel::Clear);
    QCOMPARE(view->grab().toImage(), first);
    QCOMPARE(delegate->layoutsMade(), laidOut);
}

void TestSectionTreeDelegate::narrowerTree_elidesTheTitlesAnew()
{
    const auto rows = model();
    std::unique_ptr<QTreeView> view = tree(rows.get(), true, 600);
    const auto *delegate = qobject_cast<SectionTreeDelegate *>(view->itemDelegate());
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const QImage wide = view->grab().toImage();
    view->resize(160, 200);
    QTRY_COMPARE(view->viewport()->width() < 160, true);
    const QImage narrow = view->grab().toImage();
    QVERIFY(delegate->layoutsMade() > 7);
    // The long title's row, cut at the new width, matches what the style draws there.
    view->setItemDelegate(new QStyledItemDelegate(view.get()));
    QCOMPARE(view->grab().toImage(), narrow);
    QVERIFY(wide.size() != narrow.size());
}

QTEST_MAIN(TestSectionTreeDelegate)
#include "tst_sectiontreedelegate.moc"
