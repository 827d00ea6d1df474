-- Witness cosignatures on the audit tree's checkpoints (docs/audit-log.md, "Witness
-- cosignatures"): a client that verified a checkpoint extends what it verified before cosigns
-- it (C2SP tlog-cosignature/v1) and sends the line here; the server checked it against a
-- checkpoint it signed and serves it with that checkpoint. Append-only, one per witness key
-- and tree size.
CREATE TABLE audit_cosignatures (
    org_id TEXT NOT NULL REFERENCES organizations (id),
    tree_size INTEGER NOT NULL CHECK (tree_size >= 0),
    witness_fingerprint TEXT NOT NULL CHECK (length(witness_fingerprint) = 64),
    witness_name TEXT NOT NULL,
    public_key TEXT NOT NULL,
    cosignature TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (org_id, tree_size, witness_fingerprint)
);

CREATE TRIGGER audit_cosignatures_no_update BEFORE UPDATE ON audit_cosignatures
BEGIN
    SELECT RAISE(ABORT, 'audit_cosignatures is append-only');
END;
CREATE TRIGGER audit_cosignatures_no_delete BEFORE DELETE ON audit_cosignatures
BEGIN
    SELECT RAISE(ABORT, 'audit_cosignatures is append-only');
END;
