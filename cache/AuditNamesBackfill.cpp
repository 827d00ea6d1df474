#include "cache/AuditNamesBackfill.h"

#include "cache/AuditRecordNames.h"
#include "cache/CacheLogging.h"

namespace purser {

AuditNamesBackfill::AuditNamesBackfill(QSqlDatabase db, QObject* parent, int sliceEntries)
    : QObject(parent), m_db(std::move(db)), m_sliceEntries(sliceEntries)
{
    m_timer.setInterval(0); // between slices the event loop runs: input, paints, syncs
    connect(&m_timer, &QTimer::timeout, this, &AuditNamesBackfill::indexSlice);
    m_timer.start();
}

void AuditNamesBackfill::indexSlice()
{
    if (!m_db.isOpen()) {
        m_timer.stop();
        Q_EMIT finished(false);
        return;
    }
    const qint64 remaining = AuditRecordNames(m_db).indexBacklog(m_sliceEntries);
    if (remaining > 0) {
        return;
    }
    m_timer.stop();
    if (remaining < 0) {
        qCWarning(lcCache) << "audit names of older entries not indexed; retried at next start";
    }
    Q_EMIT finished(remaining == 0);
}

} // namespace purser
