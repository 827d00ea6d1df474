#pragma once

#include "purser_core_export.h"

#include <QString>

namespace purser {

// Text as a reader sees it, for rules that compare or judge what is shown (night attacker:
// `ACM-0001` followed by a zero-width space, or in full-width letters, was "another" employee
// number; `＝1+1` passed the formula check). Both forms drop format characters (Unicode Cf:
// zero-width space and joiners, word joiner, soft hyphen, bidi controls, tags) and turn every
// Unicode space, line and paragraph separator into an ASCII space. Control characters are
// left in place for the caller to refuse (hasControlCharacter).
namespace VisibleText {

// Codes and labels that are compared (employee number, department, email, national ID, bank
// account, position, bank name): NFKC, so full-width and other compatibility forms become
// the plain letters, digits and signs they look like, and hyphens that look like `-`
// (U+2010, U+2011 non-breaking, U+2012 figure dash, U+2212 minus) become `-`.
PURSER_CORE_EXPORT QString identifier(const QString& text);

// A person's name: NFC only. NFKC would rewrite how people write their names (the Dutch `ĳ`,
// `ǅ`, half-width katakana, superscripts, ligatures) and a name is never compared for
// uniqueness, so compatibility forms cannot make "another" record of it; what could deceive
// there (invisible characters, odd spaces) is removed, and the formula check judges the
// NFKC form anyway.
PURSER_CORE_EXPORT QString name(const QString& text);

// Whether text holds a control character (C0, DEL or C1; tab and line breaks included).
PURSER_CORE_EXPORT bool hasControlCharacter(const QString& text);

} // namespace VisibleText
} // namespace purser
