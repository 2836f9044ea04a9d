#include "searchhit.h"

#include <QTest>

namespace {

// "a \x02b\x03 c": the snippet FTS5 returns with the markers SearchIndex asks for.
QString marked(const char *text)
{
    return QString::fromUtf8(text)
        .replace(QLatin1Char('['), QChar(SearchHit::kMarkStart))
        .replace(QLatin1Char(']'), QChar(SearchHit::kMarkEnd));
}

SearchHit hitWithSnippet(const char *text)
{
    SearchHit hit;
    hit.snippet = marked(text);
    return hit;
}

} // namespace

class TestSearchHit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSnippet_dropsMarksAndLineBreaks();
    void htmlSnippet_escapesTextAndBoldsMarks();
    void markedWords_listsEachMatchedFormOnce();
    void markedWords_unclosedMark_isIgnored();
};

void TestSearchHit::plainSnippet_dropsMarksAndLineBreaks()
{
    QCOMPARE(hitWithSnippet("All [data]\nis\t[encrypted] at rest…").plainSnippet(),
             QStringLiteral("All data is encrypted at rest…"));
}

void TestSearchHit::htmlSnippet_escapesTextAndBoldsMarks()
{
    QCOMPARE(hitWithSnippet("<script>x</script> & [GDPR]").htmlSnippet(),
             QStringLiteral("&lt;script&gt;x&lt;/script&gt; &amp; <b>GDPR</b>"));
}

void TestSearchHit::markedWords_listsEachMatchedFormOnce()
{
    QCOMPARE(hitWithSnippet("[Encrypted] data, [encrypted] keys, [encryption]").markedWords(),
             (QStringList{QStringLiteral("Encrypted"), QStringLiteral("encryption")}));
}

void TestSearchHit::markedWords_unclosedMark_isIgnored()
{
    QCOMPARE(hitWithSnippet("[gdpr] and [soc").markedWords(), QStringList{QStringLiteral("gdpr")});
}

QTEST_APPLESS_MAIN(TestSearchHit)
#include "tst_searchhit.moc"
