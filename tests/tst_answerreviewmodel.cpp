// The review table's model on its own: proposals as the matcher makes them (three candidate
// sections a, b and c), what the reviewer does to a row, and what the row then shows and puts
// into the questionnaire.
#include "answerreviewmodel.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(AnswerMatch::Status)

namespace {

SearchHit hit(const QString &name)
{
    SearchHit hit;
    hit.path = QStringLiteral("doc/") + name;
    hit.title = QStringLiteral("Question %1?").arg(name);
    hit.document = QStringLiteral("Doc");
    hit.matchedWords = {QStringLiteral("word-") + name};
    return hit;
}

// What RowAnswers gives for a section, made up: its text says which one it is.
RowAnswer sectionAnswer(const SearchHit &hit)
{
    RowAnswer row;
    row.answer = QStringLiteral("Text of ") + hit.path;
    row.section = hit.path;
    row.link = QStringLiteral("trustbook://") + hit.path;
    row.matchedWords = hit.matchedWords;
    return row;
}

ProposedAnswer proposal(AnswerMatch::Status status)
{
    ProposedAnswer proposed;
    proposed.match.status = status;
    proposed.match.candidates = {hit(QStringLiteral("a")), hit(QStringLiteral("b")),
                                 hit(QStringLiteral("c"))};
    const bool none = status == AnswerMatch::Status::None;
    if (!none)
        proposed.row = sectionAnswer(proposed.match.candidates.first());
    proposed.row.status = AnswerMatch::statusName(status);
    proposed.row.alternatives = none
                                    ? QStringList{QStringLiteral("doc/a"), QStringLiteral("doc/b")}
                                    : QStringList{QStringLiteral("doc/b"), QStringLiteral("doc/c")};
    return proposed;
}

QList<QuestionRow> questions(int count)
{
    QList<QuestionRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append(
            {i + 1, QStringLiteral("Q-%1").arg(i + 1), QStringLiteral("Question %1?").arg(i)});
    return rows;
}

} // namespace

class TestAnswerReviewModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void review_showsAndWrites_data();
    void review_showsAndWrites();
    void pending_isNeitherEditableNorWritten();
    void alternatives_listTheOtherSections_data();
    void alternatives_listTheOtherSections();
    void chooseAlternative_otherPath_isRefused();
    void counts_followTheMatcher();
    void headers_nameColumnsAndQuestionIds();
};

void TestAnswerReviewModel::review_showsAndWrites_data()
{
    QTest::addColumn<AnswerMatch::Status>("verdict");
    QTest::addColumn<QString>("action"); // "", accept, clear, edit:TEXT, choose:PATH
    QTest::addColumn<QString>("shown");  // the Status column's text
    QTest::addColumn<QString>("status"); // what goes into the questionnaire
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QStringList>("alternatives");

    using S = AnswerMatch::Status;
    const QString a = QStringLiteral("doc/a");
    const QString b = QStringLiteral("doc/b");
    const QString c = QStringLiteral("doc/c");
    const QString textA = QStringLiteral("Text of doc/a");
    const QString textB = QStringLiteral("Text of doc/b");
    const QString none = QStringLiteral("none");
    const QString answered = QStringLiteral("answered");

    QTest::newRow("answered, untouched")
        << S::Answered << QString() << "Answered" << answered << textA << a << QStringList{b, c};
    QTest::newRow("review, untouched") << S::Review << QString() << "Review"
                                       << "review" << textA << a << QStringList{b, c};
    QTest::newRow("no answer, untouched") << S::None << QString() << "No answer" << none
                                          << QString() << QString() << QStringList{a, b};
    QTest::newRow("review, accepted") << S::Review << "accept"
                                      << "Accepted" << answered << textA << a << QStringList{b, c};
    QTest::newRow("no answer, accept does nothing")
        << S::None << "accept"
        << "No answer" << none << QString() << QString() << QStringList{a, b};
    QTest::newRow("answered, edited") << S::Answered << "edit:In our own words."
                                      << "Edited"
                                      << "edited"
                                      << "In our own words." << a << QStringList{b, c};
    QTest::newRow("no answer, written by the reviewer")
        << S::None << "edit:Not applicable."
        << "Edited"
        << "edited"
        << "Not applicable." << QString() << QStringList{a, b};
    QTest::newRow("answered, edited to spaces is cleared")
        << S::Answered << "edit:  "
        << "Cleared" << none << QString() << QString() << QStringList{a, b};
    QTest::newRow("answered, edited to the same text stays proposed")
        << S::Answered << "edit:Text of doc/a"
        << "Answered" << answered << textA << a << QStringList{b, c};
    QTest::newRow("review, cleared")
        << S::Review << "clear"
        << "Cleared" << none << QString() << QString() << QStringList{a, b};
    QTest::newRow("review, alternative chosen")
        << S::Review << "choose:doc/b"
        << "Accepted" << answered << textB << b << QStringList{a, c};
    QTest::newRow("no answer, alternative chosen")
        << S::None << "choose:doc/b"
        << "Accepted" << answered << textB << b << QStringList{a, c};
}

void TestAnswerReviewModel::review_showsAndWrites()
{
    QFETCH(AnswerMatch::Status, verdict);
    QFETCH(QString, action);
    QFETCH(QString, shown);
    QFETCH(QString, status);
    QFETCH(QString, answer);
    QFETCH(QString, section);
    QFETCH(QStringList, alternatives);

    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(2));
    model.setProposal(0, proposal(verdict));
    model.setProposal(1, proposal(AnswerMatch::Status::Answered));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reviewed(&model, &AnswerReviewModel::reviewed);

    const QString argument = action.section(QLatin1Char(':'), 1);
    if (action == QLatin1String("accept"))
        model.accept(0);
    else if (action == QLatin1String("clear"))
        model.clear(0);
    else if (action.startsWith(QLatin1String("edit:")))
        QVERIFY(model.setData(model.index(0, AnswerReviewModel::AnswerColumn), argument));
    else if (action.startsWith(QLatin1String("choose:")))
        QVERIFY(model.setData(model.index(0, AnswerReviewModel::AlternativesColumn), argument));

    const QModelIndex statusCell = model.index(0, AnswerReviewModel::StatusColumn);
    QCOMPARE(statusCell.data().toString(), shown);
    // Colour as well as text, never colour alone.
    QVERIFY(statusCell.data(Qt::DecorationRole).value<QColor>().isValid());
    QCOMPARE(model.index(0, AnswerReviewModel::AnswerColumn).data().toString(), answer);
    QCOMPARE(model.index(0, 0).data(AnswerReviewModel::SectionRole).toString(), section);
    // A decision of the reviewer's, and only that, counts as one.
    const bool decided = shown != QLatin1String("Answered") && shown != QLatin1String("Review") &&
                         shown != QLatin1String("No answer");
    QCOMPARE(reviewed.size(), decided ? 1 : 0);
    QCOMPARE(changed.isEmpty(), !decided);

    const QList<RowAnswer> rows = model.rowAnswers();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).status, status);
    QCOMPARE(rows.at(0).answer, answer);
    QCOMPARE(rows.at(0).section, section);
    QCOMPARE(rows.at(0).link,
             section.isEmpty() ? QString() : QStringLiteral("trustbook://") + section);
    QCOMPARE(rows.at(0).alternatives, alternatives);
    // The other row is not touched.
    QCOMPARE(rows.at(1).status, QStringLiteral("answered"));
    QCOMPARE(rows.at(1).answer, QStringLiteral("Text of doc/a"));
}

void TestAnswerReviewModel::pending_isNeitherEditableNorWritten()
{
    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(3));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.matchedCount(), 0);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!(model.flags(model.index(0, column)) & Qt::ItemIsEditable));
    QCOMPARE(model.index(0, AnswerReviewModel::StatusColumn).data().toString(),
             QStringLiteral("Matching…"));
    QCOMPARE(model.index(2, AnswerReviewModel::QuestionColumn).data().toString(),
             QStringLiteral("Question 2?"));
    QVERIFY(!model.setData(model.index(0, AnswerReviewModel::AnswerColumn), QStringLiteral("x")));
    model.clear(0);
    for (const RowAnswer &row : model.rowAnswers()) {
        QCOMPARE(row.status, QStringLiteral("none"));
        QCOMPARE(row.answer, QString());
    }
}

void TestAnswerReviewModel::alternatives_listTheOtherSections_data()
{
    QTest::addColumn<AnswerMatch::Status>("verdict");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QStringList>("titles");

    QTest::newRow("answered: the two after the proposal")
        << AnswerMatch::Status::Answered << QStringLiteral("2 other sections")
        << QStringList{QStringLiteral("Question b?"), QStringLiteral("Question c?")};
    QTest::newRow("no answer: every candidate")
        << AnswerMatch::Status::None << QStringLiteral("3 other sections")
        << QStringList{QStringLiteral("Question a?"), QStringLiteral("Question b?"),
                       QStringLiteral("Question c?")};
}

void TestAnswerReviewModel::alternatives_listTheOtherSections()
{
    QFETCH(AnswerMatch::Status, verdict);
    QFETCH(QString, shown);
    QFETCH(QStringList, titles);

    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(1));
    model.setProposal(0, proposal(verdict));
    const QModelIndex cell = model.index(0, AnswerReviewModel::AlternativesColumn);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), titles.join(QLatin1Char('\n')));
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    QStringList listed;
    for (const SearchHit &other :
         cell.data(AnswerReviewModel::AlternativesRole).value<QList<SearchHit>>())
        listed.append(other.title);
    QCOMPARE(listed, titles);
}

void TestAnswerReviewModel::chooseAlternative_otherPath_isRefused()
{
    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(1));
    model.setProposal(0, proposal(AnswerMatch::Status::Review));
    QVERIFY(!model.chooseAlternative(0, QStringLiteral("doc/elsewhere")));
    QVERIFY(!model.chooseAlternative(0, QStringLiteral("doc/a"))); // the proposal itself
    QCOMPARE(model.review(0), AnswerReviewModel::Review::Proposed);
    QCOMPARE(model.rowAnswers().at(0).answer, QStringLiteral("Text of doc/a"));
}

void TestAnswerReviewModel::counts_followTheMatcher()
{
    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(5));
    model.setProposal(0, proposal(AnswerMatch::Status::Answered));
    model.setProposal(1, proposal(AnswerMatch::Status::Review));
    model.setProposal(3, proposal(AnswerMatch::Status::None));
    model.accept(1); // the reviewer's decision does not change what the matcher found
    QCOMPARE(model.matchedCount(), 3);
    QCOMPARE(model.countOf(AnswerMatch::Status::Answered), 1);
    QCOMPARE(model.countOf(AnswerMatch::Status::Review), 1);
    QCOMPARE(model.countOf(AnswerMatch::Status::None), 1);
    QCOMPARE(model.matchStatus(1), AnswerMatch::Status::Review);
}

void TestAnswerReviewModel::headers_nameColumnsAndQuestionIds()
{
    AnswerReviewModel model(sectionAnswer);
    model.setQuestions(questions(2));
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Question"), QStringLiteral("Answer"),
                                   QStringLiteral("Status"), QStringLiteral("Alternatives")}));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Q-2"));
}

QTEST_GUILESS_MAIN(TestAnswerReviewModel)
#include "tst_answerreviewmodel.moc"
