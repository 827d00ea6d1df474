#pragma once

#include "core/Employee.h"
#include "core/Role.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace purser::server {

// Deterministic, realistic demo data (a seeded generator, so screenshots stay stable):
// Singapore-style and Malaysia-style names, NRIC / MyKad numbers, local banks, salaries in
// minor units.
class DemoData
{
public:
    enum class Country
    {
        Singapore,
        Malaysia,
    };

    struct User
    {
        QString email;
        QString name;
        Role role;
        QString department;
        QString position;
        QString id; // filled in by the seeder
    };

    struct Organization
    {
        QString name;
        Country country;
        QString domain;         // acme.example
        QString employeePrefix; // ACM
        int employeeCount;      // including the users' own records
        QList<User> users;
    };

    static QList<Organization> organizations();
    static QString password() { return QStringLiteral("correct horse battery staple"); }
    // The one demo user in two organisations (finance at Acme, auditor at Globex), so the
    // organisation switcher has something to switch between.
    static QString consultantEmail() { return QStringLiteral("consultant@purser.example"); }
    static QString consultantName() { return QStringLiteral("Nurul Aina binti Kamal"); }

    explicit DemoData(quint32 seed) : m_rng(seed) {}

    // A random-looking but reproducible version 4 UUID.
    QString uuid();
    // All employees of the organisation, managers first; users' records carry user_id.
    QList<Employee> employees(const Organization& org);

private:
    struct Person
    {
        QString fullName;
        QString emailLocal;
        bool male;
    };
    Person person(Country country);
    QString nationalId(Country country, const QDate& birth, bool male);
    void bank(Country country, Employee& e);
    qint64 salary(Country country, const QString& position, const QString& type);
    QDate date(const QDate& from, const QDate& to);
    int pick(int n) { return static_cast<int>(m_rng.bounded(n)); }
    QString digits(int count);
    Employee base(const Organization& org, int number);

    QRandomGenerator m_rng;
    QSet<QString> m_usedEmails;
};

} // namespace purser::server
