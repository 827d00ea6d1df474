#pragma once

#include <QSqlDatabase>
#include <QString>

namespace purser::server {

// Seeds the demo organisations (Acme Pte Ltd, Globex Sdn Bhd), their users and employees in
// one transaction, once, with their payroll runs, claims, receipts and audit entries
// (when the demo users exist already it does nothing).
class DemoSeeder
{
public:
    DemoSeeder(QSqlDatabase db, QString dataDir)
        : m_db(std::move(db)), m_dataDir(std::move(dataDir))
    {
    }

    // False with a one-line reason on failure (nothing is left half-seeded).
    bool seedOnce(QString* error);

private:
    bool alreadySeeded();
    void seed();

    QSqlDatabase m_db;
    QString m_dataDir;
};

} // namespace purser::server
