#pragma once

#include "purser_core_export.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace purser {

// Per-field validation messages, serialised as the `fields` object of a 422 answer (api.md).
class PURSER_CORE_EXPORT FieldErrors
{
public:
    void add(const QString& field, const QString& reason);
    bool isEmpty() const { return m_errors.isEmpty(); }
    bool contains(const QString& field) const { return m_errors.contains(field); }
    QString reason(const QString& field) const { return m_errors.value(field); }
    QJsonObject toJson() const;
    static FieldErrors fromJson(const QJsonObject& fields);

private:
    QMap<QString, QString> m_errors;
};

} // namespace purser
