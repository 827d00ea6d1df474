-- What this computer verified of the organisation's audit tree (docs/audit-log.md). Every
-- checkpoint it verified stays (the newest is what the next sync must extend), the tree's
-- frontier over the entries held here lives beside them, and an alarm -- the server showed a
-- history that does not extend what was verified -- is kept with both notes as evidence.
CREATE TABLE audit_tree_checkpoints (
    tree_size INTEGER NOT NULL,
    root TEXT NOT NULL,
    note TEXT NOT NULL,
    public_key TEXT NOT NULL,
    verified_at TEXT NOT NULL,
    PRIMARY KEY (tree_size, root)
);

CREATE TABLE audit_tree_frontier (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    tree_size INTEGER NOT NULL,
    hashes TEXT NOT NULL
);

CREATE TABLE audit_alarms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    raised_at TEXT NOT NULL,
    from_seq INTEGER NOT NULL,
    verified_size INTEGER NOT NULL,
    served_size INTEGER NOT NULL,
    reason TEXT NOT NULL,
    verified_note TEXT NOT NULL,
    served_note TEXT NOT NULL
);
