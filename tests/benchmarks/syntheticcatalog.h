#pragma once

#include "manifest.h"

#include <QStringList>

#include <algorithm>

// A catalog of `sections` sections in sections / 100 documents, laid out as make_corpus.py lays
// out its corpora (section s in document s % documents), for the benchmarks that need only the
// tree's rows. Titles are questions of 4 to 19 words, from a fixed word list in a fixed order:
// long enough that a tree of ordinary width elides many of them, as real questions are.
inline Manifest syntheticManifest(int sections)
{
    static const QStringList words = {
        QStringLiteral("how"),         QStringLiteral("customer"),   QStringLiteral("records"),
        QStringLiteral("are"),         QStringLiteral("retained"),   QStringLiteral("after"),
        QStringLiteral("termination"), QStringLiteral("and"),        QStringLiteral("which"),
        QStringLiteral("staff"),       QStringLiteral("may"),        QStringLiteral("review"),
        QStringLiteral("access"),      QStringLiteral("logs"),       QStringLiteral("for"),
        QStringLiteral("the"),         QStringLiteral("production"), QStringLiteral("systems")};
    Manifest manifest{QStringLiteral("bench"), {}};
    const int documents = std::max(1, sections / 100);
    for (int d = 0; d < documents; ++d) {
        DocumentEntry document;
        document.id = QStringLiteral("doc-%1").arg(d);
        document.title = QStringLiteral("Document %1").arg(d);
        for (int s = d; s < sections; s += documents) {
            QStringList title{QStringLiteral("Question %1:").arg(s)};
            const int length = 4 + (s * 7) % 16;
            for (int w = 0; w < length; ++w)
                title.append(words.at((s * 5 + w * 3) % words.size()));
            document.sections.append({QStringLiteral("section-%1").arg(s),
                                      title.join(QLatin1Char(' ')) + QLatin1Char('?'), 1});
        }
        manifest.documents.append(document);
    }
    return manifest;
}
