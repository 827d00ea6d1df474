#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Seeds the demo organisations (Acme Pte Ltd, Globex Sdn Bhd), their users and employees in
// one transaction, once: when the demo users exist already it does nothing.
class DemoSeeder
{
public:
    explicit DemoSeeder(QSqlDatabase db) : m_db(std::move(db)) {}

    // False with a one-line reason on failure (nothing is left half-seeded).
    bool seedOnce(QString* error);

private:
    bool alreadySeeded();
    void seed();

    QSqlDatabase m_db;
};

} // namespace purser::server
