#pragma once

#include "purser_core_export.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace purser {

// The body of a C2SP tlog-checkpoint: "<origin>\n<tree size>\n<base64 root hash>\n", the text
// of the signed note the server serves for an organisation's audit tree. The origin is
// "<server identity>/<organisation id>" (docs/audit-log.md).
struct PURSER_CORE_EXPORT TreeCheckpoint
{
    QString origin;
    qint64 size = 0;
    QByteArray root; // 32 raw bytes

    QByteArray text() const;
    // nullopt and the reason for a malformed body (extension lines are refused: Purser writes
    // none, so one is a sign of a note from elsewhere).
    static std::optional<TreeCheckpoint> parse(const QByteArray& text, QString* reason);

    static QString originFor(const QString& serverIdentity, const QString& organizationId)
    {
        return serverIdentity + u'/' + organizationId;
    }
};

} // namespace purser
