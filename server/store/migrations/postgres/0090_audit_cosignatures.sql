-- Witness cosignatures on the audit tree's checkpoints (docs/audit-log.md, "Witness
-- cosignatures"): a client that verified a checkpoint extends what it verified before cosigns
-- it (C2SP tlog-cosignature/v1) and sends the line here; the server checked it against a
-- checkpoint it signed and serves it with that checkpoint. Append-only, one per witness key
-- and tree size.
CREATE TABLE audit_cosignatures (
    org_id UUID NOT NULL REFERENCES organizations (id),
    tree_size BIGINT NOT NULL CHECK (tree_size >= 0),
    witness_fingerprint TEXT NOT NULL CHECK (length(witness_fingerprint) = 64),
    witness_name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    cosignature TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (org_id, tree_size, witness_fingerprint)
);

CREATE TRIGGER audit_cosignatures_no_update BEFORE UPDATE OR DELETE ON audit_cosignatures
    FOR EACH ROW EXECUTE FUNCTION audit_tree_refuse_change();
CREATE TRIGGER audit_cosignatures_no_truncate BEFORE TRUNCATE ON audit_cosignatures
    FOR EACH STATEMENT EXECUTE FUNCTION audit_tree_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_cosignatures FROM purser_app;
SELECT purser_protect_org_table('audit_cosignatures');
