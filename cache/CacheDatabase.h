#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <memory>

namespace purser {

class CachePageCheck;
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

    enum class PageCheck
    {
        AtOpen,   // open() reads every page before it answers
        Deferred, // open() reads only what it needs; startPageCheck() reads the rest
    };

    // Creates the file and its key when neither exists.
    bool open(const CacheIdentity& identity, PageCheck pageCheck = PageCheck::AtOpen);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;
    const CacheIdentity& identity() const { return m_identity; }
    QString cipherVersion() const { return m_cipherVersion; }
    SecretStore* secrets() const { return m_secrets; } // may be null

    Problem problem() const { return m_problem; }
    QString errorMessage() const { return m_error; } // plain words, with what to do
    // Queued changes that discarding would lose, from the sidecar; -1 when unknown.
    int queuedChangesAtRisk(const CacheIdentity& identity) const;

    // After open(…, Deferred): the check of every page on a worker thread, started, owned by
    // parent; nullptr when there is nothing to check. Damage found there calls for the same
    // discard-and-download-again as damage found at open, worded by damagedMessage().
    CachePageCheck* startPageCheck(QObject* parent);
    QString damagedMessage() const;

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
    QByteArray m_deferredKey; // held only between open(…, Deferred) and startPageCheck()
};

} // namespace purser
