-- Purser server schema, PostgreSQL. Times are TIMESTAMPTZ, dates DATE, ids UUID, money is
-- BIGINT minor units plus an ISO 4217 code.

CREATE TABLE organizations (
    id UUID PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id UUID PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    two_factor_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'finance', 'auditor', 'member', 'viewer')),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE sessions (
    id UUID PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    active_org_id UUID REFERENCES organizations (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX sessions_user ON sessions (user_id);

-- One row per organisation; every change bumps last_seq in the same transaction, which
-- serialises writers per organisation so sync cursors never skip a row.
CREATE TABLE org_change_counters (
    org_id UUID PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    last_seq BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE employees (
    id UUID PRIMARY KEY,
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    employee_no TEXT NOT NULL,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL,
    department TEXT NOT NULL,
    position TEXT NOT NULL,
    employment_type TEXT NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'intern')),
    start_date DATE NOT NULL,
    end_date DATE,
    status TEXT NOT NULL CHECK (status IN ('active', 'on_leave', 'terminated')),
    manager_id UUID REFERENCES employees (id) ON DELETE SET NULL,
    user_id UUID REFERENCES users (id) ON DELETE SET NULL,
    national_id TEXT,
    bank_name TEXT,
    bank_account TEXT,
    base_salary_amount BIGINT,
    base_salary_currency TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TIMESTAMPTZ NOT NULL,
    change_seq BIGINT NOT NULL,
    UNIQUE (org_id, employee_no)
);
CREATE INDEX employees_org_seq ON employees (org_id, change_seq);
CREATE INDEX employees_org_user ON employees (org_id, user_id);

-- Tombstones for incremental sync of every entity type. user_id is the record's owner (for
-- roles that only see their own records).
CREATE TABLE deletions (
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entity_type TEXT NOT NULL,
    entity_id UUID NOT NULL,
    user_id UUID,
    change_seq BIGINT NOT NULL,
    deleted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (org_id, entity_type, entity_id)
);
CREATE INDEX deletions_org_seq ON deletions (org_id, entity_type, change_seq);
