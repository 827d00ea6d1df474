#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace purser {

class SecretStore;

// Whose cache: one file per (server, user, organisation).
struct CacheIdentity
{
    QUrl server;
    QString email;
    QString organizationId;

    QString fileName() const; // a hash of the three, so the name reveals none of them
    QString keyName() const;  // the cache key's name in the SecretStore
};

// Opens (or creates) the encrypted cache file of one identity through SqlCipherDriver, with
// its 32-byte random key from the SecretStore, and brings the schema up to date with the
// shared MigrationRunner. Every failure is reported in plain words; a wrong or missing key or
// a damaged file leaves the file alone and offers discard(), after saying how many queued
// changes that would lose (a small sidecar count kept beside the file, since the encrypted
// outbox cannot be read without its key).
class CacheDatabase
{
public:
    enum class Problem
    {
        None,
        SecretStoreFailed, // the keychain (or passphrase file) did not answer
        MissingKey,        // the file exists but its key is gone
        WrongKeyOrDamaged, // the key does not open the file, or the file is damaged
        CannotOpen,        // disk, permissions, schema newer than this build
    };

    explicit CacheDatabase(SecretStore* secrets, QString folder = defaultFolder());
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase&) = delete;
    CacheDatabase& operator=(const CacheDatabase&) = delete;

    static QString defaultFolder(); // <AppDataLocation>/cache

    QString pathFor(const CacheIdentity& identity) const;
    bool exists(const CacheIdentity& identity) const;

    // Creates the file and its key when neither exists.
    bool open(const CacheIdentity& identity);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    const CacheIdentity& identity() const { return m_identity; }
    QString cipherVersion() const { return m_cipherVersion; }

    Problem problem() const { return m_problem; }
    QString errorMessage() const { return m_error; } // plain words, with what to do
    // Queued changes that discarding would lose, from the sidecar; -1 when unknown.
    int queuedChangesAtRisk(const CacheIdentity& identity) const;

    // Deletes the file (and its journal and sidecar) and removes its key.
    bool discard(const CacheIdentity& identity, QString* error = nullptr);

    // Keeps the sidecar count current; the outbox calls it after every change.
    void recordQueuedChanges(int count);

private:
    bool fail(Problem problem, const QString& message);

    SecretStore* m_secrets;
    QString m_folder;
    QString m_connectionName;
    CacheIdentity m_identity;
    QString m_cipherVersion;
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace purser
