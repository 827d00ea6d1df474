#include "core/FilenameSanitizer.h"

#include <QStringList>

namespace purser {

QString sanitizeFilename(const QString& name, const QString& fallback)
{
    // Only the last path component counts, whichever separator the sender's OS uses.
    QString base = name;
    const qsizetype cut = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (cut >= 0) {
        base = base.mid(cut + 1);
    }

    QString clean;
    clean.reserve(base.size());
    for (const QChar c : base) {
        const bool reserved = QStringView(u"<>:\"|?*").contains(c);
        const bool control = c.unicode() < 0x20 || c.unicode() == 0x7f ||
                             c.category() == QChar::Other_Format; // e.g. RTL override
        clean += (reserved || control) ? u'_' : c;
    }
    clean = clean.simplified();
    // Leading dots hide files; trailing dots and spaces are dropped by Windows.
    const auto trimEnds = [](QString& text) {
        while (text.startsWith(u'.') || text.startsWith(u' ')) {
            text.remove(0, 1);
        }
        while (text.endsWith(u'.') || text.endsWith(u' ')) {
            text.chop(1);
        }
    };
    trimEnds(clean);

    static const QStringList devices = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
        QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
        QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (devices.contains(clean.section(u'.', 0, 0).toUpper())) {
        clean.prepend(u'_');
    }

    constexpr qsizetype maxLength = 200;
    if (clean.size() > maxLength) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString extension =
            (dot > 0 && clean.size() - dot <= 10) ? clean.mid(dot) : QString();
        QString stem = clean.left(maxLength - extension.size());
        if (!stem.isEmpty() && stem.back().isHighSurrogate()) {
            stem.chop(1); // never cut a character in half
        }
        clean = stem + extension;
        // The cut may have exposed a trailing dot or space; sanitising again must change
        // nothing (the fuzzer checks it), so trim once more.
        trimEnds(clean);
    }
    return clean.isEmpty() ? fallback : clean;
}

} // namespace purser
