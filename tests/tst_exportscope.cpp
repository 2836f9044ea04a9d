#include "exportscope.h"

#include <QTest>

using Places = QList<SectionRef>;
using Expected = QList<QList<int>>; // per scope: the document, then its sections
Q_DECLARE_METATYPE(Places)
Q_DECLARE_METATYPE(Expected)

namespace {

DocumentEntry document(const QString &id, int sectionCount)
{
    DocumentEntry entry;
    entry.id = id;
    for (int s = 0; s < sectionCount; ++s)
        entry.sections.append({QString::number(s), QString::number(s), 1});
    return entry;
}

// Two documents with three and two sections.
ContentCatalog twoDocumentCatalog()
{
    return ContentCatalog(
        Manifest{QStringLiteral("v1"),
                 {document(QStringLiteral("a"), 3), document(QStringLiteral("b"), 2)}});
}

Expected flatten(const QList<DocumentScope> &scopes)
{
    Expected result;
    for (const DocumentScope &scope : scopes)
        result.append(QList<int>{scope.document} + scope.sections);
    return result;
}

} // namespace

class TestExportScope final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_places_giveTreeOrderWithoutRepeats_data();
    void resolve_places_giveTreeOrderWithoutRepeats();
};

void TestExportScope::resolve_places_giveTreeOrderWithoutRepeats_data()
{
    QTest::addColumn<Places>("places");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("nothing") << Places{} << Expected{};
    QTest::newRow("one section") << Places{{0, 1}} << Expected{{0, 1}};
    QTest::newRow("whole document") << Places{{1, -1}} << Expected{{1, 0, 1}};
    QTest::newRow("out of order") << Places{{1, 1}, {0, 2}, {0, 0}} << Expected{{0, 0, 2}, {1, 1}};
    QTest::newRow("repeats") << Places{{0, 1}, {0, 1}} << Expected{{0, 1}};
    QTest::newRow("section inside whole document")
        << Places{{0, 2}, {0, -1}} << Expected{{0, 0, 1, 2}};
    QTest::newRow("invalid refs dropped")
        << Places{{-1, -1}, {5, 0}, {0, 7}, {1, 0}} << Expected{{1, 0}};
}

void TestExportScope::resolve_places_giveTreeOrderWithoutRepeats()
{
    QFETCH(Places, places);
    QFETCH(Expected, expected);
    const ContentCatalog catalog = twoDocumentCatalog();
    QCOMPARE(flatten(ExportScope::resolve(catalog, places)), expected);
}

QTEST_APPLESS_MAIN(TestExportScope)
#include "tst_exportscope.moc"
