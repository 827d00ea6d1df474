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
    while (clean.startsWith(u'.') || clean.startsWith(u' ')) {
        clean.remove(0, 1);
    }
    while (clean.endsWith(u'.') || clean.endsWith(u' ')) {
        clean.chop(1);
    }

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
        clean = clean.left(maxLength - extension.size()) + extension;
    }
    return clean.isEmpty() ? fallback : clean;
}

} // namespace purser
