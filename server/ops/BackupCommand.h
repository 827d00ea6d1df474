#pragma once

#include "server/ServerOptions.h"

namespace purser::server {

// purser-server backup --out DIR: an online, consistent copy while the server keeps serving.
// DIR is created (mode 0700) and must not exist yet. It holds:
//   purser.db     SQLite `VACUUM INTO` snapshot: one transaction, so consistent even while
//                 the server writes; a plain (non-WAL) database file
//   uploads/      the data folder's uploads, copied after the snapshot, so every file the
//                 snapshot refers to is there (uploads are written before their row commits)
//                 (receipt files are sealed: ciphertext only)
//   tls/          the server's TLS certificate; its private key only with
//                 --include-private-keys
//   keys/         the audit checkpoint public keys (current and old); their secrets only with
//                 --include-private-keys. The master key never.
//   backup.json   {"format": "purser-backup-1", created_at, server_version, database,
//                  schema_version, database_file, database_sha256, upload_files,
//                  uploads_sealed, private_keys, master_key: false, files: {tls: [..],
//                  keys: [..]}}; the command prints the same summary
// Restoring a backup without private keys: the server makes a new TLS key pair (clients must
// trust the new fingerprint) and a new signing key (old checkpoints still verify with the
// public keys kept).
// With PostgreSQL the database is not copied (use pg_dump); uploads and TLS still are.
// Restore: stop the server, put purser.db, uploads/, tls/ and keys/ into an empty data folder,
// start.
class BackupCommand
{
public:
    explicit BackupCommand(const ServerOptions& options) : m_options(options) {}
    int run();

private:
    int write();

    const ServerOptions& m_options;
    bool m_created = false;
};

} // namespace purser::server
