// Whatever a client sends as a file name, the kept name has no path, no control or reserved
// characters, no leading dot, is never empty or longer than 200 characters, and sanitising
// it again changes nothing.
#include "core/FilenameSanitizer.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString clean = purser::sanitizeFilename(name);
    FUZZ_CHECK(!clean.isEmpty());
    FUZZ_CHECK(clean.size() <= 200);
    FUZZ_CHECK(!clean.startsWith(u'.'));
    for (const QChar c : clean) {
        FUZZ_CHECK(c != u'/' && c != u'\\' && c.unicode() >= 0x20 && c.unicode() != 0x7f);
        FUZZ_CHECK(!QStringView(u"<>:\"|?*").contains(c));
    }
    FUZZ_CHECK(purser::sanitizeFilename(clean) == clean);
    return 0;
}
