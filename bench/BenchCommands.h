#pragma once

#include <QStringList>

// The measuring steps of bench/run that need Purser's own code (server store, client cache).
// Each prints one line of `name key=value ...` figures on stdout; bench/run composes them.
namespace purser::bench {

// audit-fill (--sqlite FILE | --postgres URL) --org ORG --count M [--batch B]
// Appends M entries with the server's own AuditLog writer, directly in the database (no
// HTTP), in transactions of B entries: a real hash chain at database speed.
int auditFill(const QStringList& arguments);

// cache-throughput --dir DIR --rows R
// The same rows written and read through SQLCipher with a key and without one.
int cacheThroughput(const QStringList& arguments);

// client-cache --server URL --email EMAIL --org ORG --export-floor CSV
// Opens the purser client's encrypted cache (the keychain of this session), times the audit
// view's keyset queries, and times the sqlcipher CLI dumping audit_entries to CSV.
int clientCache(const QStringList& arguments);

} // namespace purser::bench
