#pragma once

#include <QString>

namespace purser::test {

// A fresh, empty PostgreSQL database in the throwaway cluster that scripts/test starts
// (PURSER_TEST_POSTGRES_URL names its admin connection, e.g.
// postgres://postgres@127.0.0.1:54329/postgres). Dropped again on destruction.
class PostgresTestDatabase
{
public:
    PostgresTestDatabase();
    ~PostgresTestDatabase();
    PostgresTestDatabase(const PostgresTestDatabase&) = delete;
    PostgresTestDatabase& operator=(const PostgresTestDatabase&) = delete;

    // False when no cluster is configured or the database could not be made; see skipReason.
    bool isValid() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; } // postgres://…/purser_test_xxxx
    QString skipReason() const { return m_reason; }

    // True when the test script demands PostgreSQL (PURSER_REQUIRE_POSTGRES=1), so a missing
    // cluster is a failure, not a skip.
    static bool required();

private:
    QString m_adminUrl;
    QString m_name;
    QString m_url;
    QString m_reason;
};

// QSKIP when PostgreSQL is not configured, QFAIL when it is required but missing.
#define PURSER_REQUIRE_POSTGRES(db)                                                                \
    do {                                                                                           \
        if (!(db).isValid()) {                                                                     \
            if (purser::test::PostgresTestDatabase::required())                                    \
                QFAIL(qPrintable((db).skipReason()));                                              \
            QSKIP(qPrintable((db).skipReason()));                                                  \
        }                                                                                          \
    } while (false)

} // namespace purser::test
