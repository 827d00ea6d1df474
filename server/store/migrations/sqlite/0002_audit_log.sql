-- The append-only, hash-chained audit log (api.md, Audit log). Times and ids are text so the
-- stored values are exactly the ones that were hashed.

CREATE TABLE audit_log (
    org_id TEXT NOT NULL REFERENCES organizations (id),
    seq INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE,
    occurred_at TEXT NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('user', 'api_key', 'system')),
    actor_id TEXT,
    actor_display TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('desktop', 'api', 'web', 'system')),
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT,
    summary TEXT NOT NULL,
    changes TEXT NOT NULL,
    ip TEXT,
    user_agent TEXT,
    request_id TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (org_id, seq)
);
CREATE INDEX audit_log_org_entity ON audit_log (org_id, entity_type, seq);
CREATE INDEX audit_log_org_time ON audit_log (org_id, occurred_at);

-- The head of each organisation's chain; updated in the writing transaction, it serialises
-- writers per organisation so seq has no gaps and prev_hash always names the entry before.
CREATE TABLE audit_heads (
    org_id TEXT PRIMARY KEY REFERENCES organizations (id),
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
