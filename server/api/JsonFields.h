#pragma once

#include "server/http/HttpResponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace purser::server {

// Reads the fields of a JSON request body and collects per-field problems. A value of the
// wrong JSON type makes the answer 400 `bad_request`; a missing, unknown or invalid value
// 422 `validation_failed`; both carry `fields: {name: reason}` (api.md, Errors).
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject& body) : m_body(body) {}

    // A string, trimmed unless raw; empty results count as missing when required.
    std::optional<QString> string(const QString& key, bool required = true, int maxLength = 200,
                                  bool raw = false);
    std::optional<bool> boolean(const QString& key, bool required = true);
    std::optional<qint64> integer(const QString& key, bool required = true);
    std::optional<QStringList> stringList(const QString& key, bool required = true);
    // Refuses keys not in allowed (a typo must not be silently ignored).
    void allowOnly(const QStringList& allowed);

    void invalid(const QString& key, const QString& reason) { m_invalid.insert(key, reason); }
    bool hasErrors() const { return !m_wrongType.isEmpty() || !m_invalid.isEmpty(); }
    HttpResponse errorResponse() const;

private:
    QJsonObject m_body;
    QJsonObject m_wrongType;
    QJsonObject m_invalid;
};

// 12 to 128 characters (Unicode code points); the reason when not.
std::optional<QString> passwordProblem(const QString& password);

} // namespace purser::server
