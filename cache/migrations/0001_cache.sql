-- The client's encrypted cache. SQLite 3.15 subset (SQLCipher 3.4): no UPSERT, no RETURNING,
-- no window functions, no JSON1. Record bodies are the server's JSON, kept as text.

-- One row per synced record: employees, payroll-runs, claims, members.
CREATE TABLE records (
    resource TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL,
    PRIMARY KEY (resource, id)
);

-- Where each resource's incremental sync stands. Written in the same transaction as the page
-- it belongs to, so a sync killed at any point resumes exactly after the last whole page.
CREATE TABLE sync_cursors (
    resource TEXT PRIMARY KEY,
    cursor TEXT NOT NULL
);

-- The audit log, exactly as the server sent each entry (compact JSON), by seq.
CREATE TABLE audit_entries (
    seq INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    body TEXT NOT NULL
);

-- The latest signed checkpoint, stored only after its signature was verified.
CREATE TABLE audit_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    key_id TEXT NOT NULL,
    signature TEXT NOT NULL,
    public_key TEXT NOT NULL
);

-- Every change made in the client, in order, until the server has confirmed it.
-- status: pending | conflict | failed | done
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT,
    file_path TEXT,
    resource TEXT,
    record_id TEXT,
    base_version INTEGER,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    server_version INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Small facts about the cache: organisation, user, role at the last sync, upload limit.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
