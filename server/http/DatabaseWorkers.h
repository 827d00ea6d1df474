#pragma once

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace purser::server {

// The threads that may wait on the database, one per database connection, so the IO threads
// that run TLS and HTTP never do (issue 14). Requests beyond the workers wait in a bounded
// queue; past it, take() refuses and the caller answers 503 at once instead of queueing more.
class DatabaseWorkers
{
public:
    DatabaseWorkers(int workers, int queueLimit, std::function<void()> threadFinished);
    ~DatabaseWorkers();
    DatabaseWorkers(const DatabaseWorkers&) = delete;
    DatabaseWorkers& operator=(const DatabaseWorkers&) = delete;

    void start();
    // Lets the jobs already queued finish, then joins the threads.
    void stop();

    // Reserves a place for one job (running or queued); false when all are taken. Every true
    // is paired with one release() once the job has run.
    bool take();
    void release();
    // Jobs running or queued now (GET /metrics).
    int inFlight() const { return m_inFlight.load(std::memory_order_relaxed); }
    int workers() const { return m_workers; }

    boost::asio::io_context::executor_type executor() { return m_context.get_executor(); }

private:
    int m_workers;
    int m_capacity;
    std::function<void()> m_threadFinished;
    boost::asio::io_context m_context;
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> m_guard;
    std::vector<std::thread> m_threads;
    std::atomic<int> m_inFlight{0};
};

} // namespace purser::server
