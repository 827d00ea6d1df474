#pragma once

#include <QStringList>

// The measuring steps of bench/run that need Purser's own code: audit-fill and audit-verify
// in purser-bench-server (server store), the others in purser-bench (client cache and views).
// Each prints one line of `name key=value ...` figures on stdout; bench/run composes them.
namespace purser::bench {

// audit-fill (--sqlite FILE | --postgres URL) --org ORG --count M [--batch B]
//            [--rows R | --per-entry]
// Appends M entries directly in the database (no HTTP), in transactions of B entries: a real
// hash chain (each entry sealed by the server's AuditLog::seal, stored as AuditLog lays out
// its rows) written R rows per INSERT; --per-entry calls AuditLog::append() for each instead.
int auditFill(const QStringList& arguments);

// audit-verify (--sqlite FILE | --postgres URL) --org ORG
// Reads the organisation's whole audit log as the server serves it and checks the hash chain
// with core's AuditChain (what the client and auditors use).
int auditVerify(const QStringList& arguments);

// audit-proofs (--sqlite FILE | --postgres URL) --org ORG [--samples K]
// Brings the organisation's Merkle tree up to its log (timed), then times K inclusion and
// consistency proofs read from the stored subtrees, as the proof routes do.
int auditProofs(const QStringList& arguments);

// cache-throughput --dir DIR --rows R
// The same rows written and read through SQLCipher with a key and without one.
int cacheThroughput(const QStringList& arguments);

// client-cache --server URL --email EMAIL --org ORG --export-floor CSV
// Opens the purser client's encrypted cache (the keychain of this session), times the
// client's audit-log view (ui/AuditLogView) opening and applying each filter on it, and times
// the sqlcipher CLI dumping audit_entries to CSV (the export's floor).
int clientCache(const QStringList& arguments);

} // namespace purser::bench
