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
    void favourites_changesPassItemModelTester_data();
    void favourites_changesPassItemModelTester();
    void favourites_groupComesFirstAndPlacesStayTheirs();

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

void TestSectionTreeModel::favourites_changesPassItemModelTester_data()
{
    QTest::addColumn<QList<SectionRef>>("before");
    QTest::addColumn<QList<SectionRef>>("after");
    const SectionRef gdpr{0, 1};
    const SectionRef contact{1, 1};
    const SectionRef soc{0, 2};
    QTest::newRow("the first star makes the group")
        << QList<SectionRef>{} << QList<SectionRef>{gdpr};
    QTest::newRow("more stars") << QList<SectionRef>{gdpr} << QList<SectionRef>{gdpr, contact, soc};
    QTest::newRow("one taken away")
        << QList<SectionRef>{gdpr, contact, soc} << QList<SectionRef>{gdpr, soc};
    QTest::newRow("the last taken away removes the group")
        << QList<SectionRef>{contact} << QList<SectionRef>{};
}

// Rows are inserted and removed (never a reset, which would collapse the tree), each change
// consistent for views.
void TestSectionTreeModel::favourites_changesPassItemModelTester()
{
    QFETCH(QList<SectionRef>, before);
    QFETCH(QList<SectionRef>, after);
    m_model->setFavourites(before);
    const QAbstractItemModelTester tester(m_model.get(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    int resets = 0;
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&resets] { ++resets; });
    m_model->setFavourites(after);
    QCOMPARE(m_model->favourites(), after);
    QCOMPARE(m_model->rowCount(), 2 + (after.isEmpty() ? 0 : 1));
    QCOMPARE(resets, 0);
}

void TestSectionTreeModel::favourites_groupComesFirstAndPlacesStayTheirs()
{
    const SectionRef contact{1, 1};
    m_model->setFavouritesTitle(QStringLiteral("Favoriten"));
    m_model->addFavourite(contact);
    m_model->addFavourite(contact); // once only
    m_model->addFavourite({0, -1}); // a document is no question to star

    const QModelIndex group = m_model->index(0, 0);
    QCOMPARE(group, m_model->favouritesGroup());
    QCOMPARE(group.data().toString(), QStringLiteral("Favoriten"));
    QCOMPARE(m_model->rowCount(group), 1);
    QVERIFY(!m_model->sectionAt(group).isValid());
    QVERIFY(!(m_model->flags(group) & Qt::ItemIsSelectable));
    const QModelIndex starred = m_model->index(0, 0, group);
    QCOMPARE(starred.data().toString(), QStringLiteral("Contact"));
    QCOMPARE(starred.data(SectionTreeModel::SectionPathRole).toString(),
             QStringLiteral("privacy/contact"));
    QCOMPARE(m_model->sectionAt(starred), contact);
    QVERIFY(m_model->isFavouritesRow(starred));
    QCOMPARE(m_model->parent(starred), group);

    // The documents move down one row and keep their places; a section's own row is the
    // one under its document.
    QCOMPARE(m_model->index(1, 0).data().toString(), QStringLiteral("Security FAQ"));
    QCOMPARE(m_model->indexForDocument(1), m_model->index(2, 0));
    QCOMPARE(m_model->indexForSection(contact), m_model->index(1, 0, m_model->index(2, 0)));
    QCOMPARE(m_model->parent(m_model->indexForSection(contact)), m_model->index(2, 0));
    for (const SectionRef ref : m_catalog->allSections())
        QCOMPARE(m_model->sectionAt(m_model->indexForSection(ref)), ref);
    QCOMPARE(m_model->sectionAt(m_model->index(2, 0)), (SectionRef{1, -1}));
}

QTEST_GUILESS_MAIN(TestSectionTreeModel)
#include "tst_sectiontreemodel.moc"
