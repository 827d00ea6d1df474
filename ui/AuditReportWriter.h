#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace purser {

// The audit log as a printable PDF report (QPdfWriter): a title block with the organisation,
// the range and the verified checkpoint, then one line per entry. A manifest beside it
// (FILE.manifest.json) records the PDF's SHA-256 so the report can be checked later.
class AuditReportWriter
{
public:
    static bool write(const QString& path, const QString& organization,
                      const QList<QJsonObject>& entries, const QString& checkpointLine,
                      QString* error);
};

} // namespace purser
