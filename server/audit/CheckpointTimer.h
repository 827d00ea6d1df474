#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace purser::server {

class Database;
class SigningKeys;

// Signs a checkpoint for every organisation whose audit tree grew, on its own thread (its own
// database connection), so a checkpoint exists at least every `interval` (a minute) while
// entries arrive even when nobody asks for one. It looks every `tick` and signs what grew when
// the last checkpoint is interval - tick old by the server's clock (ServerClock), so tests move
// time with the test clock instead of waiting a minute. Stops (and joins) when destroyed.
class CheckpointTimer
{
public:
    CheckpointTimer(const Database& db, const SigningKeys& keys,
                    std::chrono::seconds interval = std::chrono::seconds(60),
                    std::chrono::seconds tick = std::chrono::seconds(5));
    ~CheckpointTimer();
    CheckpointTimer(const CheckpointTimer&) = delete;
    CheckpointTimer& operator=(const CheckpointTimer&) = delete;

private:
    void loop();

    const Database& m_db;
    const SigningKeys& m_keys;
    std::chrono::seconds m_interval;
    std::chrono::seconds m_tick;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace purser::server
