#pragma once

#include <QString>

namespace purser::server::DataFolder {

// The server's files (database, WAL, uploads, keys, TLS, mail) are for its own account only:
// sets the process umask to 077 so everything it creates from now on is owner-only (POSIX;
// nothing elsewhere). Call first thing in main().
void restrictNewFilesToOwner();

// Creates the data folder owner-only and takes group and other bits off everything already in
// it (a folder written by an older version or under a looser umask). False if it cannot be
// created.
bool prepare(const QString& dataDir);

} // namespace purser::server::DataFolder
