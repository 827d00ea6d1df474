-- Encryption at rest (server/README.md, "Encryption at rest").
-- Per-organisation data keys, each wrapped by the server master key that lives outside the
-- database; master_key_id names which master key wraps it (rotate-master-key re-wraps all).
CREATE TABLE org_data_keys (
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    key_version INTEGER NOT NULL CHECK (key_version > 0),
    wrapped_key TEXT NOT NULL,
    master_key_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (org_id, key_version)
);

-- Data migrations done in C++ after the SQL migrations (a SQL script cannot encrypt).
CREATE TABLE data_migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL,
    detail TEXT
);

-- The sealed columns keep their names. SQLite cannot change a column's type, but its INTEGER
-- affinity stores "v1:…" text as text, so employees.base_salary_amount and the payroll amounts
-- hold sealed text from now on; values still in the clear are sealed at start.
