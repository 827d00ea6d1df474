#pragma once

#include "services/AuditExportBundle.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace purser {

class CacheStore;
class SecretStore;

// Which verified checkpoint an export is proven against, with the cosignatures it carries
// (docs/audit-log.md, "Witness cosignatures"); one place for the window and `export-audit`.
class AuditExportEvidence
{
public:
    struct Choice
    {
        std::optional<AuditExportBundle::Evidence> evidence;
        // With witnesses required: the export stops at the checkpoint they all cosigned.
        qint64 lastSeq = 0; // 0: no limit
        QString notice;     // what the user should know about the choice, or empty
    };

    // The newest checkpoint this computer verified that every required witness cosigned (the
    // newest verified one when none is required, or none carries them all), with every
    // cosignature held for it, and this computer's own when secrets holds its witness key.
    static Choice choose(QSqlDatabase cache, CacheStore* store, const QStringList& required,
                         SecretStore* secrets);

    // The required witnesses (fingerprints, or their first 16+ hex digits) without a
    // cosignature in witnesses ([{public_key, cosignature}]) that verifies over note's text.
    static QStringList missing(const QJsonArray& witnesses, const QByteArray& note,
                               const QStringList& required);
};

} // namespace purser
