#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <stdexcept>

namespace purser::server {

// A database failure. Handlers do not catch it: the HTTP layer logs what() under the request
// id and answers 500 `internal` without any detail.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& what) : std::runtime_error(what.toStdString()) {}
    StoreError(const QString& context, const QSqlError& error)
        : std::runtime_error((context + QStringLiteral(": ") + error.text()).toStdString())
    {
    }
};

// Runs a prepared statement; a failure is a StoreError naming `context`.
inline void execOrThrow(QSqlQuery& query, const char* context)
{
    if (!query.exec()) {
        throw StoreError(QString::fromLatin1(context), query.lastError());
    }
}

} // namespace purser::server
