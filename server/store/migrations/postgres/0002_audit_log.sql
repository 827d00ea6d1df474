-- The append-only, hash-chained audit log (api.md, Audit log). Times are stored as the exact
-- RFC 3339 text that was hashed; ids as text for the same reason.

CREATE TABLE audit_log (
    org_id UUID NOT NULL REFERENCES organizations (id),
    seq BIGINT NOT NULL,
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

CREATE TABLE audit_heads (
    org_id UUID PRIMARY KEY REFERENCES organizations (id),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
