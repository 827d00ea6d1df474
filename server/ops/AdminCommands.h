#pragma once

#include "server/ServerOptions.h"
#include "server/store/Database.h"

#include <QTextStream>
#include <optional>

namespace purser::server {

// The one-shot subcommands of purser-server for operators and deploy pipelines. Each prints
// its result on stdout, a one-line `purser-server: error: …` on stderr when it fails, and
// returns the exit code (0 done, 1 failed).
class AdminCommands
{
public:
    explicit AdminCommands(const ServerOptions& options) : m_options(options) {}

    // Opens (and migrates) the database the options name: PostgreSQL, else SQLite in the
    // data folder (which is created).
    static std::optional<Database> openDatabase(const ServerOptions& options, QString* error);

    int migrate();
    int createOrg();
    int createUser(QTextStream& passwordInput);
    // Makes a new audit checkpoint signing key current in DATA_DIR/keys; the old keys stay
    // (GET /server/signing-keys keeps listing them, so old checkpoints still verify). A running
    // server signs with the new key after its next restart.
    int rotateSigningKey();

    static int fail(const QString& message);

private:
    const ServerOptions& m_options;
};

} // namespace purser::server
