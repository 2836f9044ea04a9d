// ScriptBlockStripper::strip on any bytes: it never crashes, keeps the line count, never
// grows the text, and an unclosed block is reported at a line of the input.
#include "fuzzcheck.h"
#include "scriptblockstripper.h"
#include "sourcelines.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray markdown(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ContentResult<QByteArray> stripped =
        ScriptBlockStripper::strip(markdown, QStringLiteral("fuzz.md"));
    if (!stripped) {
        const ContentError &error = stripped.error();
        // Lines end at \n, \r\n or a lone \r, as SourceLines (and CommonMark) count them.
        const auto lines = static_cast<int>(SourceLines::split(markdown).size());
        FUZZ_CHECK(error.isSet() && error.line >= 1 && error.line <= qMax(1, lines));
        return 0;
    }
    FUZZ_CHECK(stripped->count('\n') == markdown.count('\n'));
    FUZZ_CHECK(stripped->count('\r') == markdown.count('\r'));
    FUZZ_CHECK(stripped->size() <= markdown.size());
    return 0;
}
