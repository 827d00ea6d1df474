#pragma once

#include <QString>

namespace purser {

// Lays out an HTML page (Qt's rich-text subset) as an A4 PDF: one way to write the documents
// Purser prints, the payslips and the personal-data summary. Needs a QGuiApplication (fonts);
// the headless commands that write one start with the offscreen platform.
class HtmlPdf
{
public:
    // Replaces path; false when nothing could be written.
    static bool write(const QString& html, const QString& title, const QString& path);
};

} // namespace purser
