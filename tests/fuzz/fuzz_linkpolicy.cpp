// LinkPolicy::decide on any URL text: only the app's own scheme is ever internal, only
// http/https/mailto external, and nothing else gets past it.
#include "fuzzcheck.h"
#include "linkpolicy.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const LinkPolicy policy(QStringLiteral("trustbook"));
    for (const QUrl &url : {QUrl(text), QUrl(text, QUrl::StrictMode)}) {
        const QString scheme = url.scheme();
        switch (policy.decide(url)) {
        case LinkPolicy::Decision::Internal:
            FUZZ_CHECK(scheme == QLatin1String("trustbook") && !url.host().isEmpty());
            break;
        case LinkPolicy::Decision::External:
            FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                       scheme == QLatin1String("mailto"));
            break;
        case LinkPolicy::Decision::Blocked:
            break;
        }
    }
    return 0;
}
