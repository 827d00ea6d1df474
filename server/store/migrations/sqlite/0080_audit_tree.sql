-- The audit log's Merkle tree (docs/audit-log.md, issue 15). Per organisation the leaves are
-- the entries in seq order (leaf index = seq - 1). audit_heads keeps the tree's frontier (the
-- complete subtrees of its right edge) beside the chain head, updated in the writing
-- transaction; audit_tree_nodes keeps the hash of every complete subtree (leaves included), so
-- any proof reads O(log n) rows. Existing entries join the tree at the next start (the server
-- hashes them in seq order; nothing already written changes).
ALTER TABLE audit_heads ADD COLUMN tree_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE audit_heads ADD COLUMN tree_frontier TEXT NOT NULL DEFAULT '';

CREATE TABLE audit_tree_nodes (
    org_id TEXT NOT NULL REFERENCES organizations (id),
    level INTEGER NOT NULL CHECK (level >= 0 AND level < 63),
    idx INTEGER NOT NULL CHECK (idx >= 0),
    hash TEXT NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (org_id, level, idx)
);

-- Every checkpoint the server signed, as the signed note it served; never changed, so the
-- server can prove consistency between any two and notices a rewritten tree before signing.
CREATE TABLE audit_checkpoints (
    org_id TEXT NOT NULL REFERENCES organizations (id),
    tree_size INTEGER NOT NULL CHECK (tree_size >= 0),
    root TEXT NOT NULL CHECK (length(root) = 64),
    key_id TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (org_id, tree_size, key_id)
);

CREATE TRIGGER audit_tree_nodes_no_update BEFORE UPDATE ON audit_tree_nodes
BEGIN
    SELECT RAISE(ABORT, 'audit_tree_nodes is append-only');
END;
CREATE TRIGGER audit_tree_nodes_no_delete BEFORE DELETE ON audit_tree_nodes
BEGIN
    SELECT RAISE(ABORT, 'audit_tree_nodes is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
