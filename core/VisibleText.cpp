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

// Without format characters, with ASCII spaces (and hyphens) for their lookalikes.
QString withoutInvisibles(const QString& text, Hyphens hyphens)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
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
    return withoutInvisibles(text, Hyphens::AsAscii).normalized(QString::NormalizationForm_KC);
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
