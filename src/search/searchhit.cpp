#include "searchhit.h"

QString SearchHit::plainSnippet() const
{
    QString plain = snippet;
    plain.remove(QChar(kMarkStart)).remove(QChar(kMarkEnd));
    return plain.simplified();
}

QString SearchHit::htmlSnippet() const
{
    return snippet.simplified()
        .toHtmlEscaped()
        .replace(QChar(kMarkStart), QLatin1String("<b>"))
        .replace(QChar(kMarkEnd), QLatin1String("</b>"));
}

QStringList SearchHit::markedWords() const
{
    QStringList words;
    for (qsizetype start = snippet.indexOf(kMarkStart); start >= 0;
         start = snippet.indexOf(kMarkStart, start + 1)) {
        const qsizetype end = snippet.indexOf(kMarkEnd, start);
        if (end < 0)
            break;
        const QString word = snippet.mid(start + 1, end - start - 1);
        if (!words.contains(word, Qt::CaseInsensitive))
            words.append(word);
    }
    return words;
}
