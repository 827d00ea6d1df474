#pragma once

#include "server/ServerOptions.h"

namespace purser::server {

// purser-server backup --out DIR: an online, consistent copy while the server keeps serving.
// DIR is created (mode 0700) and must not exist yet. It holds:
//   purser.db     SQLite `VACUUM INTO` snapshot: one transaction, so consistent even while
//                 the server writes; a plain (non-WAL) database file
//   uploads/      the data folder's uploads, copied after the snapshot, so every file the
//                 snapshot refers to is there (uploads are written before their row commits)
//   tls/          the server's TLS certificate and key, when the data folder has them
//   keys/         the audit checkpoint signing keys (current and old), when present
//   backup.json   {"format": "purser-backup-1", created_at, server_version, database,
//                  schema_version, database_file, database_sha256, upload_files}
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
