// Markdown through cmark-gfm, the splitter and the slugger: section ids are unique, non-empty
// and fit to be URL fragments (no '/', whitespace or '..'), and everything is valid UTF-8.
// Inputs are capped: Debian's cmark-gfm has known quadratic inputs the build guards with a
// time budget, and they are not what this target is after.
#include "fuzzcheck.h"
#include "markdownrenderer.h"
#include "sectionsplitter.h"

#include <QSet>
#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray markdown(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const SplitDocument document = SectionSplitter::split(MarkdownRenderer().render(markdown));
    QSet<QString> ids;
    for (const Section &section : document.sections) {
        FUZZ_CHECK(!section.id.isEmpty());
        FUZZ_CHECK(!section.id.contains(QLatin1Char('/')) &&
                   !section.id.contains(QLatin1String("..")));
        for (const QChar c : section.id)
            FUZZ_CHECK(!c.isSpace());
        FUZZ_CHECK(!ids.contains(section.id));
        ids.insert(section.id);
        FUZZ_CHECK(isValidUtf8(section.html));
        FUZZ_CHECK(!section.html.contains("<script"));
    }
    FUZZ_CHECK(isValidUtf8(document.introHtml));
    return 0;
}
