#pragma once

// A markup format of the tests' own, to prove that the generator depends on no format but
// the one a file's extension chooses: the first line is the title, "== " starts a question,
// every other non-empty line is a paragraph. Registered only by the tests that use it.

#include "markuprenderer.h"

#include <QStringList>

class PlainTextMarkup final : public MarkupRenderer
{
public:
    PlainTextMarkup() = default;

    ContentResult<MarkupDocument> render(const QByteArray &source,
                                         const QString &path) const override
    {
        const QStringList lines = QString::fromUtf8(source).split(QLatin1Char('\n'));
        if (lines.constFirst().trimmed().isEmpty())
            return ContentResult<MarkupDocument>::failure(
                {path, 1, QStringLiteral("the first line must be the title")});
        MarkupDocument document;
        document.frontMatter.title = lines.constFirst().trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString line = lines.at(i).trimmed();
            if (!line.isEmpty())
                document.blocks.append(block(line, static_cast<int>(i) + 1));
        }
        return ContentResult<MarkupDocument>::success(std::move(document));
    }

private:
    static RenderedBlock block(const QString &line, int number)
    {
        RenderedBlock block;
        block.line = number;
        if (line.startsWith(QLatin1String("== "))) {
            block.headingLevel = 2;
            block.headingText = line.mid(3).trimmed();
            block.plainText = block.headingText;
            block.html = "<h2>" + block.headingText.toHtmlEscaped().toUtf8() + "</h2>\n";
        } else {
            block.plainText = line;
            block.html = "<p>" + line.toHtmlEscaped().toUtf8() + "</p>\n";
        }
        return block;
    }
};
