#include "core/FilenameSanitizer.h"

#include <QRegularExpression>
#include <QStringList>

namespace purser {
namespace {

// Leading dots hide files; trailing dots and spaces are dropped by Windows.
void trimEnds(QString& text)
{
    while (text.startsWith(u'.') || text.startsWith(u' ')) {
        text.remove(0, 1);
    }
    while (text.endsWith(u'.') || text.endsWith(u' ')) {
        text.chop(1);
    }
}

// The first `length` characters of text, never cutting a character in half.
QString leftWhole(const QString& text, qsizetype length)
{
    QString stem = text.left(length);
    if (!stem.isEmpty() && stem.back().isHighSurrogate()) {
        stem.chop(1);
    }
    return stem;
}

constexpr qsizetype kMaxLength = 200;

} // namespace

QString sanitizeFilename(const QString& name, const QString& fallback)
{
    // A NUL ends the name for the C APIs that will see it ("a.png\0.html" is "a.png").
    QString base = name.left(name.indexOf(QChar(u'\0'))); // left(-1): all of it
    // Only the last path component counts, whichever separator the sender's OS uses.
    const qsizetype cut = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (cut >= 0) {
        base = base.mid(cut + 1);
    }

    QString clean;
    clean.reserve(base.size());
    for (const char32_t c : QStringView(base).toUcs4()) {
        // Bidi controls (U+202A-202E, U+2066-2069, U+200E/F, U+061C), zero-width characters
        // and other format characters are invisible: they go, leaving no trace to misread.
        if (QChar::category(c) == QChar::Other_Format) {
            continue;
        }
        const bool reserved = c < 0x80 && QStringView(u"<>:\"|?*").contains(QChar(char16_t(c)));
        const bool control = c < 0x20 || c == 0x7f;
        if (reserved || control) {
            clean += u'_';
        } else {
            clean += QStringView(QChar::fromUcs4(c));
        }
    }
    clean = clean.simplified();
    trimEnds(clean);

    static const QStringList devices = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
        QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
        QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (devices.contains(clean.section(u'.', 0, 0).toUpper())) {
        clean.prepend(u'_');
    }

    if (clean.size() > kMaxLength) {
        const qsizetype dot = clean.lastIndexOf(u'.');
        const QString extension =
            (dot > 0 && clean.size() - dot <= 10) ? clean.mid(dot) : QString();
        clean = leftWhole(clean, kMaxLength - extension.size()) + extension;
        // The cut may have exposed a trailing dot or space; sanitising again must change
        // nothing (the fuzzer checks it), so trim once more.
        trimEnds(clean);
    }
    return clean.isEmpty() ? fallback : clean;
}

QString sanitizeFilenameFor(const QString& name, ReceiptType type)
{
    const QString wanted = FileType::extension(type);
    QString clean = sanitizeFilename(name, QStringLiteral("receipt.") + wanted);
    // The part after the last dot counts as an extension when it looks like one; anything
    // else ("report.2024 final") is part of the name and the right extension is appended.
    const qsizetype dot = clean.lastIndexOf(u'.');
    const QString current = dot > 0 ? clean.mid(dot + 1).toLower() : QString();
    if (current == wanted || (type == ReceiptType::Jpeg && current == u"jpeg")) {
        return clean;
    }
    static const QRegularExpression extensionLike(QStringLiteral("^[a-z0-9]{1,10}$"));
    QString stem = extensionLike.match(current).hasMatch() ? clean.left(dot) : clean;
    stem = leftWhole(stem, kMaxLength - wanted.size() - 1);
    trimEnds(stem);
    if (stem.isEmpty()) {
        stem = QStringLiteral("receipt");
    }
    return stem + u'.' + wanted;
}

} // namespace purser
