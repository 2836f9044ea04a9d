#include "sectiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

SectionEntry section(const char *id, const char *title)
{
    return {QString::fromUtf8(id), QString::fromUtf8(title), 1};
}

Manifest twoDocuments()
{
    DocumentEntry faq;
    faq.id = QStringLiteral("security-faq");
    faq.title = QStringLiteral("Security FAQ");
    faq.sections = {section("what-data", "What data?"), section("is-it-gdpr", "Is it GDPR?"),
                    section("soc-2", "SOC 2?")};
    DocumentEntry privacy;
    privacy.id = QStringLiteral("privacy");
    privacy.title = QStringLiteral("Privacy");
    privacy.description = QStringLiteral("How we handle personal data");
    privacy.sections = {section("scope", "Scope"), section("contact", "Contact")};
    return Manifest{QStringLiteral("v1"), {faq, privacy}};
}

} // namespace

class TestSectionTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void model_passesItemModelTester();
    void rowCount_isDocumentsThenTheirSections();
    void data_givesTitleAndPath_data();
    void data_givesTitleAndPath();
    void data_documentToolTip_prefersDescription();
    void indexForSection_andSectionAt_roundTrip();
    void sectionAt_documentRow_isTopOfDocument();
    void sectionAt_invalidIndex_isInvalid();
    void flags_sectionRows_neverHaveChildren();

private:
    std::unique_ptr<ContentCatalog> m_catalog;
    std::unique_ptr<SectionTreeModel> m_model;
};

void TestSectionTreeModel::init()
{
    m_catalog = std::make_unique<ContentCatalog>(twoDocuments());
    m_model = std::make_unique<SectionTreeModel>(*m_catalog);
}

void TestSectionTreeModel::cleanup()
{
    m_model.reset();
    m_catalog.reset();
}

void TestSectionTreeModel::model_passesItemModelTester()
{
    const QAbstractItemModelTester tester(m_model.get(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    Q_UNUSED(tester)
}

void TestSectionTreeModel::rowCount_isDocumentsThenTheirSections()
{
    const QModelIndex faq = m_model->index(0, 0);
    const QModelIndex privacy = m_model->index(1, 0);

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->rowCount(faq), 3);
    QCOMPARE(m_model->rowCount(privacy), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, privacy)), 0);
    QCOMPARE(m_model->parent(m_model->index(1, 0, privacy)), privacy);
    QVERIFY(!m_model->parent(privacy).isValid());
}

void TestSectionTreeModel::data_givesTitleAndPath_data()
{
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("section"); // -1 for the document row
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("path");

    QTest::newRow("first document")
        << 0 << -1 << QStringLiteral("Security FAQ") << QStringLiteral("security-faq");
    QTest::newRow("first section")
        << 0 << 0 << QStringLiteral("What data?") << QStringLiteral("security-faq/what-data");
    QTest::newRow("last section of first document")
        << 0 << 2 << QStringLiteral("SOC 2?") << QStringLiteral("security-faq/soc-2");
    QTest::newRow("second document")
        << 1 << -1 << QStringLiteral("Privacy") << QStringLiteral("privacy");
    QTest::newRow("section of second document")
        << 1 << 1 << QStringLiteral("Contact") << QStringLiteral("privacy/contact");
}

void TestSectionTreeModel::data_givesTitleAndPath()
{
    QFETCH(int, document);
    QFETCH(int, section);
    QFETCH(QString, display);
    QFETCH(QString, path);

    const QModelIndex index = m_model->indexForSection({document, section});

    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(SectionTreeModel::SectionPathRole).toString(), path);
    QVERIFY(!index.data(Qt::DecorationRole).isValid());
}

void TestSectionTreeModel::data_documentToolTip_prefersDescription()
{
    QCOMPARE(m_model->index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Security FAQ"));
    QCOMPARE(m_model->index(1, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("How we handle personal data"));
}

void TestSectionTreeModel::indexForSection_andSectionAt_roundTrip()
{
    for (const SectionRef ref : m_catalog->allSections()) {
        const QModelIndex index = m_model->indexForSection(ref);
        QCOMPARE(index.row(), ref.section);
        QCOMPARE(index.parent().row(), ref.document);
        QVERIFY(m_model->sectionAt(index) == ref);
    }
}

void TestSectionTreeModel::sectionAt_documentRow_isTopOfDocument()
{
    const QModelIndex privacy = m_model->indexForDocument(1);

    QVERIFY(m_model->sectionAt(privacy) == (SectionRef{1, -1}));
    QCOMPARE(m_model->indexForSection({1, -1}), privacy);
}

void TestSectionTreeModel::sectionAt_invalidIndex_isInvalid()
{
    QVERIFY(!m_model->sectionAt({}).isValid());
    QVERIFY(!m_model->index(2, 0).isValid());
    QVERIFY(!m_model->index(0, 1).isValid());
}

void TestSectionTreeModel::flags_sectionRows_neverHaveChildren()
{
    const QModelIndex faq = m_model->index(0, 0);

    QCOMPARE(m_model->flags(faq), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QCOMPARE(m_model->flags(m_model->index(0, 0, faq)),
             Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    QCOMPARE(m_model->flags({}), Qt::NoItemFlags);
}

QTEST_GUILESS_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
