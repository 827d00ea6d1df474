#include "core/FieldErrors.h"

namespace purser {

void FieldErrors::add(const QString& field, const QString& reason)
{
    // The first reason for a field is the most useful one; later ones are consequences.
    if (!m_errors.contains(field)) {
        m_errors.insert(field, reason);
    }
}

QJsonObject FieldErrors::toJson() const
{
    QJsonObject object;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}

FieldErrors FieldErrors::fromJson(const QJsonObject& fields)
{
    FieldErrors errors;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        errors.add(it.key(), it.value().toString());
    }
    return errors;
}

} // namespace purser
