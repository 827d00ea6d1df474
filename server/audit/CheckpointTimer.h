#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace purser::server {

class Database;
class SigningKeys;

// Signs a checkpoint for every organisation whose audit tree grew, once per interval, on its
// own thread (its own database connection), so a checkpoint exists at least every minute while
// entries arrive even when nobody asks for one. Stops (and joins) when destroyed.
class CheckpointTimer
{
public:
    CheckpointTimer(const Database& db, const SigningKeys& keys,
                    std::chrono::seconds interval = std::chrono::seconds(60));
    ~CheckpointTimer();
    CheckpointTimer(const CheckpointTimer&) = delete;
    CheckpointTimer& operator=(const CheckpointTimer&) = delete;

private:
    void loop();

    const Database& m_db;
    const SigningKeys& m_keys;
    std::chrono::seconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace purser::server
