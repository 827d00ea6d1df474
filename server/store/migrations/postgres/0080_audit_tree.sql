-- The audit log's Merkle tree (docs/audit-log.md, issue 15). Per organisation the leaves are
-- the entries in seq order (leaf index = seq - 1). audit_heads keeps the tree's frontier (the
-- complete subtrees of its right edge) beside the chain head, updated in the writing
-- transaction; audit_tree_nodes keeps the hash of every complete subtree (leaves included), so
-- any proof reads O(log n) rows. Existing entries join the tree at the next start (the server
-- hashes them in seq order; nothing already written changes).
ALTER TABLE audit_heads ADD COLUMN tree_size BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_heads ADD COLUMN tree_frontier TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_tree_nodes (
    org_id UUID NOT NULL REFERENCES organizations (id),
    level INTEGER NOT NULL CHECK (level >= 0 AND level < 63),
    idx BIGINT NOT NULL CHECK (idx >= 0),
    hash TEXT NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (org_id, level, idx)
);

-- Every checkpoint the server signed, as the signed note it served; never changed, so the
-- server can prove consistency between any two and notices a rewritten tree before signing.
CREATE TABLE audit_checkpoints (
    org_id UUID NOT NULL REFERENCES organizations (id),
    tree_size BIGINT NOT NULL CHECK (tree_size >= 0),
    root TEXT NOT NULL CHECK (length(root) = 64),
    key_id TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (org_id, tree_size, key_id)
);

CREATE FUNCTION audit_tree_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_tree_nodes_no_update BEFORE UPDATE OR DELETE ON audit_tree_nodes
    FOR EACH ROW EXECUTE FUNCTION audit_tree_refuse_change();
CREATE TRIGGER audit_tree_nodes_no_truncate BEFORE TRUNCATE ON audit_tree_nodes
    FOR EACH STATEMENT EXECUTE FUNCTION audit_tree_refuse_change();
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION audit_tree_refuse_change();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION audit_tree_refuse_change();

-- Append-only for the serving role as well, and scoped to the transaction's organisation.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_tree_nodes FROM purser_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoints FROM purser_app;
SELECT purser_protect_org_table('audit_tree_nodes');
SELECT purser_protect_org_table('audit_checkpoints');
