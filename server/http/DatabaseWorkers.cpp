#include "server/http/DatabaseWorkers.h"

#include <algorithm>

namespace purser::server {

DatabaseWorkers::DatabaseWorkers(int workers, int queueLimit, std::function<void()> threadFinished)
    : m_workers(std::max(1, workers)), m_capacity(m_workers + std::max(0, queueLimit)),
      m_threadFinished(std::move(threadFinished))
{
}

DatabaseWorkers::~DatabaseWorkers()
{
    stop();
}

void DatabaseWorkers::start()
{
    m_guard.emplace(m_context.get_executor());
    m_threads.reserve(static_cast<std::size_t>(m_workers));
    for (int i = 0; i < m_workers; ++i) {
        m_threads.emplace_back([this] {
            m_context.run();
            if (m_threadFinished) {
                m_threadFinished(); // closes this thread's database connection
            }
        });
    }
}

void DatabaseWorkers::stop()
{
    m_guard.reset();
    for (auto& thread : m_threads) {
        thread.join();
    }
    m_threads.clear();
}

bool DatabaseWorkers::take()
{
    int current = m_inFlight.load(std::memory_order_relaxed);
    while (current < m_capacity) {
        if (m_inFlight.compare_exchange_weak(current, current + 1, std::memory_order_acq_rel)) {
            return true;
        }
    }
    return false;
}

void DatabaseWorkers::release()
{
    m_inFlight.fetch_sub(1, std::memory_order_acq_rel);
}

} // namespace purser::server
