#include "server/api/JsonFields.h"

#include "server/api/ApiError.h"

#include <QJsonArray>

namespace purser::server {

std::optional<QString> JsonFields::string(const QString& key, bool required, int maxLength,
                                          bool raw)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            m_invalid.insert(key, QStringLiteral("is required"));
        }
        return std::nullopt;
    }
    if (!value.isString()) {
        m_wrongType.insert(key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString text = raw ? value.toString() : value.toString().trimmed();
    if (text.isEmpty() && required) {
        m_invalid.insert(key, QStringLiteral("is required"));
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        m_invalid.insert(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<bool> JsonFields::boolean(const QString& key, bool required)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined()) {
        if (required) {
            m_invalid.insert(key, QStringLiteral("is required"));
        }
        return std::nullopt;
    }
    if (!value.isBool()) {
        m_wrongType.insert(key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<qint64> JsonFields::integer(const QString& key, bool required)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined()) {
        if (required) {
            m_invalid.insert(key, QStringLiteral("is required"));
        }
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
        m_wrongType.insert(key, QStringLiteral("must be an integer"));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QStringList> JsonFields::stringList(const QString& key, bool required)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined()) {
        if (required) {
            m_invalid.insert(key, QStringLiteral("is required"));
        }
        return std::nullopt;
    }
    if (!value.isArray()) {
        m_wrongType.insert(key, QStringLiteral("must be an array of strings"));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            m_wrongType.insert(key, QStringLiteral("must be an array of strings"));
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

void JsonFields::allowOnly(const QStringList& allowed)
{
    for (auto it = m_body.begin(); it != m_body.end(); ++it) {
        if (!allowed.contains(it.key())) {
            m_invalid.insert(it.key().left(64), QStringLiteral("is not a known field"));
        }
    }
}

HttpResponse JsonFields::errorResponse() const
{
    if (!m_wrongType.isEmpty()) {
        QJsonObject fields = m_invalid;
        for (auto it = m_wrongType.begin(); it != m_wrongType.end(); ++it) {
            fields.insert(it.key(), it.value());
        }
        return ApiError::make(400, QStringLiteral("bad_request"),
                              QStringLiteral("Some fields have the wrong type."),
                              {{QStringLiteral("fields"), fields}});
    }
    return ApiError::validationFailed(m_invalid);
}

std::optional<QString> passwordProblem(const QString& password)
{
    const qsizetype length = password.toUcs4().size();
    if (length < 12) {
        return QStringLiteral("must be at least 12 characters");
    }
    if (length > 128) {
        return QStringLiteral("must be at most 128 characters");
    }
    return std::nullopt;
}

} // namespace purser::server
