// FrontMatter::parse on any bytes: it never crashes, every failure has a file, a line and a
// message, and a parsed body keeps the source's line count (what later line numbers rely on).
#include "frontmatter.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray source(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QByteArray body;
    const ContentResult<FrontMatter> frontMatter =
        FrontMatter::parse(source, QStringLiteral("fuzz.md"), &body);
    if (!frontMatter) {
        const ContentError &error = frontMatter.error();
        FUZZ_CHECK(error.isSet() && error.file == QLatin1String("fuzz.md") && error.line >= 0);
        return 0;
    }
    FUZZ_CHECK(!frontMatter->title.isEmpty());
    FUZZ_CHECK(body.count('\n') == source.count('\n'));
    FUZZ_CHECK(body.count('\r') == source.count('\r'));
    return 0;
}
