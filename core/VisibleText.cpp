#include "core/VisibleText.h"

namespace purser::VisibleText {
namespace {

enum class Hyphens
{
    Keep,
    AsAscii
};

bool looksLikeHyphen(char32_t c)
{
    return c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2212;
}

// Unicode's Default_Ignorable_Code_Point characters that are not format characters (Cf):
// shown as nothing, but kept by NFKC (the morning attacker's `ACM-0001` + U+FE0F). Variation
// selectors, the combining grapheme joiner, Hangul and Mongolian fillers, Khmer inherent
// vowels, and the unassigned ignorables a later Unicode may fill.
bool isIgnorable(char32_t c)
{
    return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 ||
           (c >= 0x180B && c <= 0x180F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) ||
           c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3) ||
           (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
}

// Shown as a blank: the braille pattern without dots.
bool looksLikeSpace(char32_t c)
{
    return c == 0x2800;
}

bool isCombiningMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
           category == QChar::Mark_SpacingCombining;
}

// Without format characters, with ASCII spaces (and hyphens) for their lookalikes.
QString withoutInvisibles(const QString& text, Hyphens hyphens)
{
    QString out;
    out.reserve(text.size());
    bool shown = false; // something other than spaces is in out
    for (const char32_t c : text.toUcs4()) {
        if (isIgnorable(c)) {
            continue;
        }
        if (looksLikeSpace(c)) {
            out.append(u' ');
            continue;
        }
        // A mark at the start has nothing to combine with: alone it shows as a blank.
        if (!shown && isCombiningMark(c)) {
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Other_Format:
            continue;
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            out.append(u' ');
            continue;
        default:
            break;
        }
        shown = true;
        if (hyphens == Hyphens::AsAscii && looksLikeHyphen(c)) {
            out.append(u'-');
        } else if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(static_cast<char16_t>(c)));
        }
    }
    return out;
}

} // namespace

// Invisible characters go first, so what they separated composes (`e`, ZWSP, U+0301 is `é`).
QString identifier(const QString& text)
{
    // Once more after NFKC: a compatibility form may decompose to an ignorable (U+FFA0).
    return withoutInvisibles(
        withoutInvisibles(text, Hyphens::AsAscii).normalized(QString::NormalizationForm_KC),
        Hyphens::AsAscii);
}

QString name(const QString& text)
{
    return withoutInvisibles(text, Hyphens::Keep).normalized(QString::NormalizationForm_C);
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

} // namespace purser::VisibleText
