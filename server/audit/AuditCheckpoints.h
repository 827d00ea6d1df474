#pragma once

#include <QByteArray>
#include <QString>
#include <stdexcept>

namespace purser::server {

class Database;
class SigningKeys;

// The organisation's tree no longer extends a checkpoint this server signed: someone changed
// the database. The server refuses to sign over it (the old checkpoint stays the evidence).
class AuditIntegrityError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Signs the audit tree's checkpoints as C2SP signed notes (docs/audit-log.md) and keeps every
// one it signed in audit_checkpoints. Before signing a new one it proves, from the stored
// subtree hashes, that the tree extends the last checkpoint it signed.
class AuditCheckpoints
{
public:
    struct Signed
    {
        qint64 treeSize = 0;
        QByteArray root; // 32 raw bytes
        QString keyId;
        QString signedAt;
        QByteArray note; // the whole signed note
    };

    AuditCheckpoints(const Database& db, const SigningKeys& keys) : m_db(db), m_keys(keys) {}

    // The newest checkpoint of the organisation's tree, signed now when the tree grew since
    // the last one (or the signing key changed). Throws StoreError, AuditIntegrityError.
    Signed latest(const QString& orgId) const;
    // Signs a checkpoint for every organisation whose tree grew since its last one and whose
    // last one was signed at least minAgeSecs ago by the server's clock (ServerClock), or
    // that has none (the server's periodic job). Returns how many it signed; integrity
    // failures are logged.
    int signDue(qint64 minAgeSecs = 0) const;

private:
    const Database& m_db;
    const SigningKeys& m_keys;
};

} // namespace purser::server
