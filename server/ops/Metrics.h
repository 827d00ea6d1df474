#pragma once

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QString>
#include <array>
#include <atomic>
#include <functional>

namespace purser::server {

// Process-wide counters for GET /metrics (Prometheus text format 0.0.4). Labels are bounded:
// route patterns (never raw paths), known methods and status codes, so nothing a caller sends
// can grow the label set or end up in it.
class Metrics
{
public:
    static Metrics& instance();

    void recordRequest(const QString& method, const QString& route, int status, qint64 micros);
    // limit names the rate limit that refused, e.g. "sign_in" (a fixed name, not user input).
    void recordRateLimitRefusal(const QString& limit);
    // Reported as the database pool gauges: open connections now, and the most there can be.
    void setDatabaseGauges(QString backend, std::function<int()> openConnections,
                           int maxConnections);
    // Requests running on or waiting for a database worker now, and how many workers run them.
    void setDatabaseQueueGauge(std::function<int()> inFlight, int workers);

    QByteArray render() const;

private:
    static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                        0.1,   0.25,   0.5,   1.0,  2.5,   10.0};
    struct Series
    {
        quint64 count = 0;
        double sum = 0;
        std::array<quint64, kBuckets.size()> buckets{};
    };

    mutable QMutex m_mutex;
    QMap<QString, Series> m_requests; // key: label set text
    QMap<QString, quint64> m_rateLimitRefusals;
    QString m_backend;
    std::function<int()> m_openConnections;
    int m_maxConnections = 0;
    std::function<int()> m_databaseInFlight;
    int m_databaseWorkers = 0;
    qint64 m_startedAt = 0;
};

// For any code that refuses a request because of a rate limit (api.md: 429 rate_limited).
void countRateLimitRefusal(const QString& limit);

} // namespace purser::server
