-- Payroll, claims, receipts, per-organisation domain settings and stored idempotent answers.
-- Every table is org-scoped (org_id) and every row change bumps org_change_counters.

-- Settings the domain routes read: the payroll currency and employee contribution (CPF/EPF
-- style, in basis points of gross), and the receipt upload limit. A missing row means the
-- defaults below.
CREATE TABLE org_domain_settings (
    org_id UUID PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    currency TEXT NOT NULL DEFAULT 'SGD',
    contribution_label TEXT NOT NULL DEFAULT 'Employee CPF contribution',
    contribution_rate_bp INTEGER NOT NULL DEFAULT 2000 CHECK (contribution_rate_bp BETWEEN 0 AND 10000),
    upload_max_bytes BIGINT NOT NULL DEFAULT 5242880 CHECK (upload_max_bytes BETWEEN 1 AND 26214400)
);

CREATE TABLE payroll_runs (
    id UUID PRIMARY KEY,
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'paid')),
    currency TEXT NOT NULL,
    gross BIGINT NOT NULL,
    deductions BIGINT NOT NULL,
    net BIGINT NOT NULL,
    employee_count BIGINT NOT NULL,
    prepared_by TEXT NOT NULL,
    submitted_by TEXT,
    approved_by TEXT,
    paid_at TEXT,
    return_note TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    change_seq BIGINT NOT NULL
);
CREATE INDEX payroll_runs_org_seq ON payroll_runs (org_id, change_seq);

CREATE TABLE payslips (
    id UUID PRIMARY KEY,
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    run_id UUID NOT NULL REFERENCES payroll_runs (id) ON DELETE CASCADE,
    employee_id TEXT NOT NULL,
    employee_user_id TEXT,
    gross BIGINT NOT NULL,
    deductions TEXT NOT NULL,
    net BIGINT NOT NULL
);
CREATE INDEX payslips_run ON payslips (run_id);
CREATE INDEX payslips_org_user ON payslips (org_id, employee_user_id);

CREATE TABLE claims (
    id UUID PRIMARY KEY,
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    employee_id UUID NOT NULL REFERENCES employees (id),
    category TEXT NOT NULL CHECK (category IN ('travel', 'meals', 'equipment', 'training', 'medical', 'other')),
    description TEXT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    incurred_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'paid')),
    created_by TEXT NOT NULL,
    submitted_by TEXT,
    reviewed_by TEXT,
    review_note TEXT,
    paid_at TEXT,
    version BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    change_seq BIGINT NOT NULL
);
CREATE INDEX claims_org_seq ON claims (org_id, change_seq);
CREATE INDEX claims_org_employee ON claims (org_id, employee_id);

-- Receipt files live in DATA_DIR/uploads/{org}/{employee}/{storage_name}; the row is the
-- record that makes a file real (see ReceiptFiles).
CREATE TABLE receipts (
    id UUID PRIMARY KEY,
    org_id UUID NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    claim_id UUID NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    employee_id TEXT NOT NULL,
    storage_name TEXT NOT NULL UNIQUE,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX receipts_claim ON receipts (claim_id);

-- The first answer to a mutating request carrying Idempotency-Key, kept 24 hours.
-- org_id is NULL for routes outside an organisation. status 0 marks a request in progress.
CREATE TABLE idempotency_keys (
    org_id UUID REFERENCES organizations (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    caller_id TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT,
    body BYTEA,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, caller_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
