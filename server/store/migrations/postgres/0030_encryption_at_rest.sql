-- Encryption at rest (server/README.md, "Encryption at rest").
-- Per-organisation data keys, each wrapped by the server master key that lives outside the
-- database; master_key_id names which master key wraps it (rotate-master-key re-wraps all).
CREATE TABLE org_data_keys (
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
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

-- Amounts that reveal salaries become sealed text ("v1:<key_version>:<base64>"); existing
-- values are converted to text here and sealed at start by the server.
ALTER TABLE employees ALTER COLUMN base_salary_amount TYPE TEXT USING base_salary_amount::text;
ALTER TABLE payroll_runs ALTER COLUMN gross TYPE TEXT USING gross::text;
ALTER TABLE payroll_runs ALTER COLUMN deductions TYPE TEXT USING deductions::text;
ALTER TABLE payroll_runs ALTER COLUMN net TYPE TEXT USING net::text;
ALTER TABLE payslips ALTER COLUMN gross TYPE TEXT USING gross::text;
ALTER TABLE payslips ALTER COLUMN net TYPE TEXT USING net::text;
