-- Purser server schema, SQLite. Times are RFC 3339 UTC text with milliseconds, dates are
-- YYYY-MM-DD text, ids are UUID text, money is integer minor units plus an ISO 4217 code.

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    two_factor_enabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE memberships (
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'finance', 'auditor', 'member', 'viewer')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    active_org_id TEXT REFERENCES organizations (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One row per organisation; every change bumps last_seq in the same transaction, which
-- serialises writers per organisation so sync cursors never skip a row.
CREATE TABLE org_change_counters (
    org_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    last_seq INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE employees (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    employee_no TEXT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    department TEXT NOT NULL,
    position TEXT NOT NULL,
    employment_type TEXT NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'intern')),
    start_date TEXT NOT NULL,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'on_leave', 'terminated')),
    manager_id TEXT REFERENCES employees (id) ON DELETE SET NULL,
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    national_id TEXT,
    bank_name TEXT,
    bank_account TEXT,
    base_salary_amount INTEGER,
    base_salary_currency TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL,
    UNIQUE (org_id, employee_no)
);
CREATE INDEX employees_org_seq ON employees (org_id, change_seq);
CREATE INDEX employees_org_user ON employees (org_id, user_id);

-- Tombstones for incremental sync of every entity type. user_id is the record's owner (for
-- roles that only see their own records).
CREATE TABLE deletions (
    org_id TEXT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    user_id TEXT,
    change_seq INTEGER NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (org_id, entity_type, entity_id)
);
CREATE INDEX deletions_org_seq ON deletions (org_id, entity_type, change_seq);
