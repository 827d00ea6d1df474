#pragma once

#include <QByteArray>
#include <QString>

namespace purser::test {

// The text a PDF written by Qt (QPdfWriter) shows, in drawing order, for tests to read what a
// user would read: every Flate stream inflated, the fonts' ToUnicode maps (bfchar and bfrange)
// applied to the glyph strings of Tj and TJ. Not a general PDF reader.
QString pdfText(const QByteArray& pdf);

} // namespace purser::test
