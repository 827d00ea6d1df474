#include "server/http/ResponseBudget.h"

#include <utility>

namespace purser::server {

ResponseBudget::Lease::Lease(Lease&& other) noexcept
    : m_budget(std::exchange(other.m_budget, nullptr)), m_bytes(std::exchange(other.m_bytes, 0))
{
}

ResponseBudget::Lease& ResponseBudget::Lease::operator=(Lease&& other) noexcept
{
    if (this != &other) {
        release();
        m_budget = std::exchange(other.m_budget, nullptr);
        m_bytes = std::exchange(other.m_bytes, 0);
    }
    return *this;
}

void ResponseBudget::Lease::release()
{
    if (m_budget) {
        m_budget->m_held.fetch_sub(m_bytes);
        m_budget = nullptr;
        m_bytes = 0;
    }
}

bool ResponseBudget::reserve(std::size_t bytes, Lease* lease)
{
    if (bytes <= kSmallBody) {
        *lease = Lease();
        return true;
    }
    std::size_t held = m_held.load();
    do {
        if (held + bytes > m_capacity) {
            return false;
        }
    } while (!m_held.compare_exchange_weak(held, held + bytes));
    *lease = Lease(this, bytes);
    return true;
}

} // namespace purser::server
