#include "server/ops/Metrics.h"

#include "PurserVersion.h"

#include <QDateTime>

namespace purser::server {
namespace {

QString normalisedMethod(const QString& method)
{
    static const QStringList known = {QStringLiteral("GET"),    QStringLiteral("POST"),
                                      QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                      QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                      QStringLiteral("OPTIONS")};
    return known.contains(method) ? method : QStringLiteral("OTHER");
}

// Route patterns are ours, but escape anyway so the exposition format can never break.
QString labelValue(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'"', QStringLiteral("\\\""));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

Metrics& Metrics::instance()
{
    static Metrics metrics;
    return metrics;
}

void Metrics::recordRequest(const QString& method, const QString& route, int status, qint64 micros)
{
    QString routeLabel = route;
    if (route.isEmpty() || route.startsWith(u'(')) {
        routeLabel = QStringLiteral("unmatched");
    }
    const QString key = QStringLiteral("method=\"%1\",route=\"%2\",status=\"%3\"")
                            .arg(normalisedMethod(method), labelValue(routeLabel))
                            .arg(status);
    const double seconds = static_cast<double>(micros) / 1e6;
    QMutexLocker lock(&m_mutex);
    Series& series = m_requests[key];
    ++series.count;
    series.sum += seconds;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i]) {
            ++series.buckets[i];
        }
    }
}

void Metrics::recordRateLimitRefusal(const QString& limit)
{
    QMutexLocker lock(&m_mutex);
    ++m_rateLimitRefusals[labelValue(limit)];
}

void Metrics::setDatabaseGauges(QString backend, std::function<int()> openConnections,
                                int maxConnections)
{
    QMutexLocker lock(&m_mutex);
    m_backend = std::move(backend);
    m_openConnections = std::move(openConnections);
    m_maxConnections = maxConnections;
    m_startedAt = QDateTime::currentSecsSinceEpoch();
}

QByteArray Metrics::render() const
{
    QString out;
    QMutexLocker lock(&m_mutex);
    out += QStringLiteral("# HELP purser_build_info Version of this purser-server.\n"
                          "# TYPE purser_build_info gauge\n"
                          "purser_build_info{version=\"%1\"} 1\n")
               .arg(QStringLiteral(PURSER_VERSION));
    out += QStringLiteral("# HELP purser_start_time_seconds When this process started serving.\n"
                          "# TYPE purser_start_time_seconds gauge\n"
                          "purser_start_time_seconds %1\n")
               .arg(m_startedAt);

    out += QStringLiteral("# HELP purser_http_requests_total Answered requests by route pattern "
                          "and status.\n# TYPE purser_http_requests_total counter\n");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += QStringLiteral("purser_http_requests_total{%1} %2\n").arg(it.key()).arg(it->count);
    }
    out += QStringLiteral("# HELP purser_http_request_duration_seconds Time from the request "
                          "headers to the answer.\n"
                          "# TYPE purser_http_request_duration_seconds histogram\n");
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            out += QStringLiteral("purser_http_request_duration_seconds_bucket{%1,le=\"%2\"} %3\n")
                       .arg(it.key(), number(kBuckets[i]))
                       .arg(it->buckets[i]);
        }
        out += QStringLiteral("purser_http_request_duration_seconds_bucket{%1,le=\"+Inf\"} %2\n")
                   .arg(it.key())
                   .arg(it->count);
        out += QStringLiteral("purser_http_request_duration_seconds_sum{%1} %2\n")
                   .arg(it.key(), number(it->sum));
        out += QStringLiteral("purser_http_request_duration_seconds_count{%1} %2\n")
                   .arg(it.key())
                   .arg(it->count);
    }
    out += QStringLiteral("# HELP purser_rate_limit_refusals_total Requests refused with 429 by "
                          "limit.\n# TYPE purser_rate_limit_refusals_total counter\n");
    for (auto it = m_rateLimitRefusals.cbegin(); it != m_rateLimitRefusals.cend(); ++it) {
        out += QStringLiteral("purser_rate_limit_refusals_total{limit=\"%1\"} %2\n")
                   .arg(it.key())
                   .arg(it.value());
    }
    const int open = m_openConnections ? m_openConnections() : 0;
    out += QStringLiteral("# HELP purser_db_connections_open Database connections open now (one "
                          "per worker thread that has used the database, plus the main one).\n"
                          "# TYPE purser_db_connections_open gauge\n"
                          "purser_db_connections_open{backend=\"%1\"} %2\n"
                          "# HELP purser_db_connections_max Most database connections this "
                          "process opens.\n"
                          "# TYPE purser_db_connections_max gauge\n"
                          "purser_db_connections_max{backend=\"%1\"} %3\n")
               .arg(m_backend)
               .arg(open)
               .arg(m_maxConnections);
    out += QStringLiteral("# HELP purser_db_requests_in_flight Requests running on or waiting for "
                          "a database worker.\n"
                          "# TYPE purser_db_requests_in_flight gauge\n"
                          "purser_db_requests_in_flight %1\n"
                          "# HELP purser_db_workers Threads that run requests needing the "
                          "database, one connection each.\n"
                          "# TYPE purser_db_workers gauge\n"
                          "purser_db_workers %2\n")
               .arg(m_databaseInFlight ? m_databaseInFlight() : 0)
               .arg(m_databaseWorkers);
    return out.toUtf8();
}

void Metrics::setDatabaseQueueGauge(std::function<int()> inFlight, int workers)
{
    QMutexLocker lock(&m_mutex);
    m_databaseInFlight = std::move(inFlight);
    m_databaseWorkers = workers;
}

void countRateLimitRefusal(const QString& limit)
{
    Metrics::instance().recordRateLimitRefusal(limit);
}

} // namespace purser::server
