#include "services/HtmlPdf.h"

#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace purser {

bool HtmlPdf::write(const QString& html, const QString& title, const QString& path)
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Purser"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return QFileInfo(path).size() > 0; // QPdfWriter reports no error of its own
}

} // namespace purser
