#pragma once

#include <QString>

namespace purser::server {

class Database;

// Start-up of encryption at rest, after the SQL migrations: finds the master key the database
// needs (refusing, in plain words, to start without it once data keys exist; making the key
// file only for a database that has none), finishes a master key rotation that was
// interrupted after its commit, installs FieldCrypto, and seals every value still in the
// clear (idempotent; recorded in data_migrations).
class EncryptionAtRest
{
public:
    static QString defaultMasterKeyFile(const QString& dataDir);

    // sweep false: only the key checks (the key commands sweep themselves when needed).
    // dataDir: where receipt files live; those from before sealing are sealed first.
    static bool start(Database& db, const QString& masterKeyFile, QString* error, bool sweep = true,
                      const QString& dataDir = QString());
};

} // namespace purser::server
