#include "server/audit/CheckpointTimer.h"

#include "server/Logging.h"
#include "server/audit/AuditCheckpoints.h"
#include "server/store/Database.h"

#include <exception>

namespace purser::server {

CheckpointTimer::CheckpointTimer(const Database& db, const SigningKeys& keys,
                                 std::chrono::seconds interval, std::chrono::seconds tick)
    : m_db(db), m_keys(keys), m_interval(interval), m_tick(tick), m_thread([this] { loop(); })
{
}

CheckpointTimer::~CheckpointTimer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void CheckpointTimer::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_tick, [this] { return m_stop; })) {
        lock.unlock();
        try {
            const int signedNow =
                AuditCheckpoints(m_db, m_keys).signDue((m_interval - m_tick).count());
            if (signedNow > 0) {
                qCInfo(lcMain) << "audit: signed" << signedNow << "checkpoints";
            }
        } catch (const std::exception& e) {
            qCWarning(lcMain) << "audit: periodic checkpoint failed:" << e.what();
        }
        lock.lock();
    }
    lock.unlock();
    m_db.closeThreadConnection();
}

} // namespace purser::server
