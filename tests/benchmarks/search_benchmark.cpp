// search_benchmark: how fast SearchEngine (vocabulary, spelling, coverage ranking) answers each
// keystroke on synthetic corpora of 100, 1,000 and 10,000 sections, beside a plain FTS5 query
// (MATCH ... ORDER BY bm25 LIMIT 20 with snippet(), default table options) on the same data in the
// same run. Prints a table and writes JSON. A program, not a test: timings depend on the machine.
//
//   search_benchmark [--seed N] [--repeats N] [--sizes 100,1000,10000] [--json FILE]
#include "answermatcher.h"
#include "benchmarkstats.h"
#include "searchengine.h"
#include "searchentry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

const QStringList kTyping = {QStringLiteral("g"),
                             QStringLiteral("gd"),
                             QStringLiteral("gdp"),
                             QStringLiteral("gdpr"),
                             QStringLiteral("soc 2"),
                             QStringLiteral("encrypt"),
                             QStringLiteral("kubernetes cluster")};
// Beyond the typing sequence: a word nearly every section holds (the product's name), the
// worst case for snippets, which must read the word's whole doclist.
const QStringList kMeasured = kTyping + QStringList{QStringLiteral("gitpod")};

// Words of a security FAQ, so the typing sequence finds what it would find in real content.
const QStringList kDomainWords =
    QStringLiteral(
        "gdpr soc type compliance audit encryption encrypted encrypt keys rotation kubernetes "
        "cluster workspace secrets data access control policy token certificate tls storage "
        "database container image registry network firewall vulnerability penetration incident "
        "response customer privacy retention deletion logging monitoring identity sso saml oauth "
        "backup region gitpod github repository source code staff support isolation namespace")
        .split(QLatin1Char(' '));
const QStringList kSyllables =
    QStringLiteral(
        "ka ri to me na lo su de ga pi ve ro tu mi ne sa la go be di fu gr st th ch pr an en in "
        "on er al or ic ti ca co re")
        .split(QLatin1Char(' '));

// Deterministic text from a seed: a vocabulary of domain words and made-up words, drawn
// with a Zipf-like skew (few words common, most rare) as in natural text.
class CorpusMaker final
{
public:
    explicit CorpusMaker(quint32 seed)
        : m_random(seed)
    {
        m_vocabulary = kDomainWords;
        while (m_vocabulary.size() < 4000) {
            QString word;
            for (int i = m_random.bounded(1, 5); i > 0; --i)
                word += kSyllables.at(m_random.bounded(static_cast<int>(kSyllables.size())));
            m_vocabulary.append(word);
        }
        std::shuffle(m_vocabulary.begin(), m_vocabulary.end(), m_random);
    }

    QList<SearchEntry> make(int sections)
    {
        QList<SearchEntry> entries;
        for (int i = 0; i < sections; ++i) {
            QString answer = words(m_random.bounded(40, 160));
            if (m_random.bounded(100) < 3)
                answer += QStringLiteral(" SOC 2 Type II report.");
            if (m_random.bounded(100) < 2)
                answer += QStringLiteral(" Each Kubernetes cluster is isolated.");
            if (m_random.bounded(100) < 90)
                answer.prepend(QStringLiteral("Gitpod "));
            entries.append({QStringLiteral("doc-%1/section-%2").arg(i / 25).arg(i),
                            words(m_random.bounded(5, 12)) + QLatin1Char('?'),
                            QStringLiteral("Document %1").arg(i / 25), answer});
        }
        return entries;
    }

    // A questionnaire question: half use a section's own question words (answerable), half
    // only the vocabulary at large, each wrapped in questionnaire filler.
    QStringList questions(const QList<SearchEntry> &entries, int count)
    {
        QStringList questions;
        for (int i = 0; i < count; ++i) {
            const QString body =
                i % 2 == 0 ? entries.at(m_random.bounded(int(entries.size()))).title.chopped(1)
                           : words(m_random.bounded(5, 12));
            questions.append(QStringLiteral("Please describe whether your organization %1, "
                                            "and provide evidence?")
                                 .arg(body));
        }
        return questions;
    }

private:
    QString words(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i) {
            const double u = m_random.generateDouble();
            const auto index =
                static_cast<qsizetype>(std::pow(u, 3.0) * double(m_vocabulary.size()));
            list.append(m_vocabulary.at(index));
        }
        return list.join(QLatin1Char(' '));
    }

    QRandomGenerator m_random;
    QStringList m_vocabulary;
};

// The baseline: FTS5 as the manual shows it, same tokenizer, no prefix indexes, one query.
class PlainFts final
{
public:
    explicit PlainFts(const QList<SearchEntry> &entries)
        : m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain")))
    {
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        m_db.open();
        QSqlQuery(m_db).exec(
            QStringLiteral("CREATE VIRTUAL TABLE plain USING fts5(document, question, answer,"
                           " tokenize = 'porter unicode61 remove_diacritics 2')"));
        m_db.transaction();
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO plain VALUES (?, ?, ?)"));
        for (const SearchEntry &entry : entries) {
            insert.addBindValue(entry.document);
            insert.addBindValue(entry.title);
            insert.addBindValue(entry.text);
            insert.exec();
        }
        m_db.commit();
        m_query = QSqlQuery(m_db);
        m_query.setForwardOnly(true);
        m_query.prepare(QStringLiteral(
            "SELECT rowid, snippet(plain, 2, '[', ']', '…', 16), bm25(plain, 2.0, 10.0, 1.0)"
            " FROM plain WHERE plain MATCH ? ORDER BY bm25(plain, 2.0, 10.0, 1.0) LIMIT 20"));
        m_any = QSqlQuery(m_db);
        m_any.setForwardOnly(true);
        m_any.prepare(QStringLiteral(
            "SELECT rowid, snippet(plain, 2, '[', ']', '…', 16), bm25(plain, 2.0, 10.0, 1.0)"
            " FROM plain WHERE plain MATCH ? ORDER BY bm25(plain, 2.0, 10.0, 1.0) LIMIT 3"));
    }
    ~PlainFts()
    {
        m_query = QSqlQuery();
        m_any = QSqlQuery();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }
    Q_DISABLE_COPY_MOVE(PlainFts)

    // Every word quoted (so nothing typed is an operator), all required, the last a prefix:
    // what a plain search box over FTS5 does.
    static QString matchExpression(const QString &text)
    {
        QStringList terms;
        for (const QString &word :
             text.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
            terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
        if (!terms.isEmpty() && !text.back().isSpace())
            terms.back() += QLatin1Char('*');
        return terms.join(QLatin1Char(' '));
    }

    // A question with every word OR'ed, the best three by bm25: plain FTS5 answering a
    // questionnaire.
    int searchAny(const QString &text)
    {
        QStringList terms = matchExpression(text + QLatin1Char(' ')).split(QLatin1Char(' '));
        m_any.addBindValue(terms.join(QStringLiteral(" OR ")));
        m_any.exec();
        int rows = 0;
        while (m_any.next())
            ++rows;
        m_any.finish();
        return rows;
    }

    int search(const QString &text)
    {
        m_query.addBindValue(matchExpression(text));
        m_query.exec();
        int rows = 0;
        while (m_query.next())
            ++rows;
        m_query.finish();
        return rows;
    }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QSqlQuery m_any;
};

qint64 residentKiB()
{
    return std::max<qint64>(0, qint64(procKiB(QStringLiteral("/proc/self/status"), "VmRSS:")));
}

struct Percentiles
{
    double p50 = 0;
    double p99 = 0;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(
            std::min(samples.size() - 1, static_cast<qsizetype>(q * double(samples.size()))));
    };
    return {at(0.50), at(0.99)};
}

// Wall-clock and CPU milliseconds of each run of `search` over every string, interleaved so
// no query enjoys a warm cache the others do not. On a shared machine the wall-clock tail
// includes time other processes held the core; the CPU time does not.
struct Samples
{
    QList<QList<double>> wall;
    QList<QList<double>> cpu;
};

Samples timeKeystrokes(const QStringList &typed, int repeats,
                       const std::function<void(const QString &)> &search)
{
    Samples samples{QList<QList<double>>(typed.size()), QList<QList<double>>(typed.size())};
    QElapsedTimer timer;
    for (int r = 0; r < repeats; ++r) {
        for (qsizetype i = 0; i < typed.size(); ++i) {
            const double cpuStart = threadCpuMs();
            timer.start();
            search(typed.at(i));
            samples.wall[i].append(double(timer.nsecsElapsed()) / 1e6);
            samples.cpu[i].append(threadCpuMs() - cpuStart);
        }
    }
    return samples;
}

// Every keystroke of the typing sequence: "s", "so", "soc", "soc ", "soc 2", ...
QStringList everyKeystroke()
{
    QStringList typed;
    for (const QString &query : kTyping) {
        for (qsizetype n = 1; n <= query.size(); ++n)
            typed.append(query.left(n));
    }
    return typed;
}

struct Questionnaire
{
    double oursMs = 0;
    double plainMs = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A questionnaire of kQuestions questions answered from scratch, as `trustbook --answer` does
// after loading the content: build an index for questions, match every question. Beside it
// plain FTS5: build, every question's words OR'ed, the best three by bm25. Medians of
// alternating runs.
Questionnaire timeQuestionnaire(const QList<SearchEntry> &entries, quint32 seed, QTextStream &out)
{
    constexpr int kQuestions = 300;
    constexpr int kRuns = 5;
    const QStringList questions = CorpusMaker(seed + 1).questions(entries, kQuestions);
    QList<double> ours, plain;
    int answered = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            SearchEngine engine(entries, nullptr, SearchEngine::defaultVocabulary(),
                                SearchIndex::Use::Questions);
            const AnswerMatcher matcher(engine);
            answered = 0;
            for (const QString &question : questions)
                answered += matcher.match(question).status == AnswerMatch::Status::Answered;
        }
        ours.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        {
            PlainFts fts(entries);
            for (const QString &question : questions)
                fts.searchAny(question);
        }
        plain.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const Questionnaire result{median(ours), median(plain)};
    out << QStringLiteral("  questionnaire of %1 questions (index built for it, then matched), "
                          "median of %2: ours %3 ms (%4 answered), plain FTS5 OR'ed bm25 %5 ms, "
                          "ratio %6\n")
               .arg(kQuestions)
               .arg(kRuns)
               .arg(result.oursMs, 0, 'f', 0)
               .arg(answered)
               .arg(result.plainMs, 0, 'f', 0)
               .arg(result.oursMs / std::max(result.plainMs, 1e-9), 0, 'f', 2);
    return result;
}

QJsonObject runSize(int sections, quint32 seed, int repeats, QTextStream &out)
{
    const QList<SearchEntry> entries = CorpusMaker(seed).make(sections);
    const qint64 before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    SearchEngine index(entries);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 indexKiB = residentKiB() - before;
    if (!index.isValid())
        qFatal("cannot build the index: %s", qPrintable(index.errorString()));
    timer.start();
    PlainFts plain(entries);
    const double plainBuildMs = double(timer.nsecsElapsed()) / 1e6;

    const auto searchOurs = [&](const QString &q) { index.search(q); };
    const Samples ours = timeKeystrokes(kMeasured, repeats, searchOurs);
    const auto theirs =
        timeKeystrokes(kMeasured, repeats, [&](const QString &q) { plain.search(q); });
    const QStringList keys = everyKeystroke();
    const Samples keystrokes = timeKeystrokes(keys, repeats, searchOurs);
    QList<double> allOurs;
    qsizetype slowest = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        allOurs += keystrokes.wall.at(i);
        if (percentiles(keystrokes.cpu.at(i)).p99 > percentiles(keystrokes.cpu.at(slowest)).p99)
            slowest = i;
    }

    out << QStringLiteral("\n%1 sections: index build %2 ms (plain FTS5 %3 ms), index memory "
                          "%4 MiB RSS\n  every keystroke of the sequence (%5): p99 %6 ms; slowest "
                          "\"%7\" p50 %8 ms, p99 %9 ms wall, %10 ms CPU\n")
               .arg(sections)
               .arg(buildMs, 0, 'f', 1)
               .arg(plainBuildMs, 0, 'f', 1)
               .arg(double(indexKiB) / 1024.0, 0, 'f', 1)
               .arg(keys.size())
               .arg(percentiles(allOurs).p99, 0, 'f', 2)
               .arg(keys.at(slowest))
               .arg(percentiles(keystrokes.wall.at(slowest)).p50, 0, 'f', 2)
               .arg(percentiles(keystrokes.wall.at(slowest)).p99, 0, 'f', 2)
               .arg(percentiles(keystrokes.cpu.at(slowest)).p99, 0, 'f', 2);
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("query"), -20)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("ours p50"), 9)
               .arg(QStringLiteral("ours p99"), 9)
               .arg(QStringLiteral("cpu p99"), 8)
               .arg(QStringLiteral("plain p50"), 10)
               .arg(QStringLiteral("plain p99"), 10)
               .arg(QStringLiteral("p99 ratio"), 9);
    QJsonArray queries;
    for (qsizetype i = 0; i < kMeasured.size(); ++i) {
        const Percentiles o = percentiles(ours.wall.at(i));
        const Percentiles c = percentiles(ours.cpu.at(i));
        const Percentiles p = percentiles(theirs.wall.at(i));
        const int hits = static_cast<int>(index.search(kMeasured.at(i)).hits.size());
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(QLatin1Char('"') + kMeasured.at(i) + QLatin1Char('"'), -20)
                   .arg(hits, 5)
                   .arg(o.p50, 9, 'f', 3)
                   .arg(o.p99, 9, 'f', 3)
                   .arg(c.p99, 8, 'f', 3)
                   .arg(p.p50, 10, 'f', 3)
                   .arg(p.p99, 10, 'f', 3)
                   .arg(p.p99 / std::max(o.p99, 1e-9), 8, 'f', 1)
            << Qt::flush;
        queries.append(QJsonObject{{QStringLiteral("query"), kMeasured.at(i)},
                                   {QStringLiteral("hits"), hits},
                                   {QStringLiteral("p50_ms"), o.p50},
                                   {QStringLiteral("p99_ms"), o.p99},
                                   {QStringLiteral("cpu_p99_ms"), c.p99},
                                   {QStringLiteral("plain_p50_ms"), p.p50},
                                   {QStringLiteral("plain_p99_ms"), p.p99}});
    }
    const Questionnaire questionnaire = timeQuestionnaire(entries, seed, out);
    return {{QStringLiteral("sections"), sections},
            {QStringLiteral("questionnaire_ms"), questionnaire.oursMs},
            {QStringLiteral("plain_questionnaire_ms"), questionnaire.plainMs},
            {QStringLiteral("build_ms"), buildMs},
            {QStringLiteral("plain_build_ms"), plainBuildMs},
            {QStringLiteral("index_rss_kib"), indexKiB},
            {QStringLiteral("every_keystroke_p99_ms"), percentiles(allOurs).p99},
            {QStringLiteral("queries"), queries}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("seed"), QStringLiteral("Corpus seed."), QStringLiteral("N"),
                        QStringLiteral("8")},
                       {QStringLiteral("repeats"), QStringLiteral("Runs of each query."),
                        QStringLiteral("N"), QStringLiteral("200")},
                       {QStringLiteral("sizes"), QStringLiteral("Corpus sizes in sections."),
                        QStringLiteral("LIST"), QStringLiteral("100,1000,10000")},
                       {QStringLiteral("json"), QStringLiteral("Where to write the results."),
                        QStringLiteral("FILE"), QStringLiteral("search_benchmark.json")}});
    parser.process(app);
    const auto seed = parser.value(QStringLiteral("seed")).toUInt();
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());

    QTextStream out(stdout);
    out << "Search per keystroke, milliseconds (seed " << seed << ", " << repeats
        << " runs per query; ours = SearchEngine::search with snippets for the rows shown)\n";
    QJsonArray sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes.append(runSize(size.toInt(), seed, repeats, out));

    QFile json(parser.value(QStringLiteral("json")));
    if (!json.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << json.fileName() << ": " << json.errorString() << '\n';
        return 1;
    }
    json.write(QJsonDocument(QJsonObject{{QStringLiteral("seed"), qint64(seed)},
                                         {QStringLiteral("repeats"), repeats},
                                         {QStringLiteral("sizes"), sizes}})
                   .toJson());
    out << "\nJSON written to " << json.fileName() << '\n';
    return 0;
}
