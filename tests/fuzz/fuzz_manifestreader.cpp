// ManifestReader::read on any bytes: it never crashes, a failure says it is the manifest's, and
// whatever it reads is what QJsonDocument's tree reads (which takes all the JSON it does, and a
// little more), and reads back the same from the manifest written again.
#include "fuzzcheck.h"
#include "manifestoftree.h"
#include "manifestreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<Manifest> read = ManifestReader::read(bytes);
    if (!read) {
        FUZZ_CHECK(read.error().startsWith(QLatin1String("manifest ")));
        return 0;
    }
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    const QByteArray written = read->toJson();
    FUZZ_CHECK(written == ManifestTest::manifestOfTree(bytes).toJson());
    const Result<Manifest> again = ManifestReader::read(written);
    FUZZ_CHECK(again.isOk() && again->toJson() == written);
    return 0;
}
