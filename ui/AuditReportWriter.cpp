#include "ui/AuditReportWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace purser {

bool AuditReportWriter::write(const QString& path, const QString& organization,
                              const QList<QJsonObject>& entries, const QString& checkpointLine,
                              QString* error)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("purser::AuditReportWriter", text);
    };
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(120);
        pdf.setTitle(tr("Audit log report"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("Cannot write the PDF file.");
            return false;
        }
        QFont font = painter.font();
        font.setPointSize(8);
        painter.setFont(font);
        const int line = painter.fontMetrics().height() + 2;
        const int bottom = pdf.height() - line;
        int y = line;
        const auto print = [&](const QString& text) {
            if (y > bottom) {
                pdf.newPage();
                y = line;
            }
            painter.drawText(0, y, text);
            y += line;
        };
        print(tr("Audit log report — %1").arg(organization));
        print(QCoreApplication::translate("purser::AuditReportWriter",
                                          "Generated %1 UTC, %n entries", nullptr,
                                          static_cast<int>(entries.size()))
                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        print(checkpointLine);
        y += line;
        for (const QJsonObject& e : entries) {
            print(QStringLiteral("%1  %2  %3  %4 %5  %6")
                      .arg(e.value(QStringLiteral("seq")).toInteger())
                      .arg(e.value(QStringLiteral("occurred_at")).toString(),
                           e.value(QStringLiteral("actor"))
                               .toObject()
                               .value(QStringLiteral("display"))
                               .toString(),
                           e.value(QStringLiteral("action")).toString(),
                           e.value(QStringLiteral("entity_type")).toString(),
                           e.value(QStringLiteral("summary")).toString().left(90)));
        }
        painter.end();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the PDF back.");
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QJsonObject manifest{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("format"), QStringLiteral("pdf")},
        {QStringLiteral("sha256"), QString::fromLatin1(hash.result().toHex())},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("entries"), qint64(entries.size())},
        {QStringLiteral("first_seq"),
         entries.isEmpty() ? 0 : entries.first().value(QStringLiteral("seq")).toInteger()},
        {QStringLiteral("last_seq"),
         entries.isEmpty() ? 0 : entries.last().value(QStringLiteral("seq")).toInteger()},
        {QStringLiteral("checkpoint"), checkpointLine}};
    QFile out(path + QStringLiteral(".manifest.json"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Cannot write the manifest.");
        return false;
    }
    out.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    return true;
}

} // namespace purser
