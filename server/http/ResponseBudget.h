#pragma once

#include <atomic>
#include <cstddef>

namespace purser::server {

// The bytes of response bodies the server holds for its readers, across all connections
// (api.md, Transport). An answer stays in memory until the peer has read it, so a slow or
// stalled reader of a large receipt pins it; large answers share this one budget and, past
// it, a new large answer is refused (503) instead of being buffered. Thread-safe.
class ResponseBudget
{
public:
    // Bodies up to this size are always sent: error and JSON answers stay cheap and certain.
    static constexpr std::size_t kSmallBody = 256 * 1024;

    explicit ResponseBudget(std::size_t capacityBytes) : m_capacity(capacityBytes) {}
    ResponseBudget(const ResponseBudget&) = delete;
    ResponseBudget& operator=(const ResponseBudget&) = delete;

    // A hold on part of the budget, given back when it ends (however the connection ends).
    class Lease
    {
    public:
        Lease() = default;
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&& other) noexcept;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { release(); }

    private:
        friend class ResponseBudget;
        Lease(ResponseBudget* budget, std::size_t bytes) : m_budget(budget), m_bytes(bytes) {}
        void release();

        ResponseBudget* m_budget = nullptr;
        std::size_t m_bytes = 0;
    };

    // Takes `bytes` for a body about to be sent: true (and *lease holds them) when small or
    // within the budget, false when the budget cannot hold it now.
    bool reserve(std::size_t bytes, Lease* lease);
    std::size_t held() const { return m_held.load(); }

private:
    const std::size_t m_capacity;
    std::atomic<std::size_t> m_held{0};
};

} // namespace purser::server
