-- Row-level security for the domain tables of 0010 (the second wall of 0004): every query on
-- them must run inside Transaction(db, orgId), which sets app.org_id for the transaction.

SELECT purser_protect_org_table('org_domain_settings');
SELECT purser_protect_org_table('payroll_runs');
SELECT purser_protect_org_table('payslips');
SELECT purser_protect_org_table('claims');
SELECT purser_protect_org_table('receipts');

-- Idempotency keys of routes outside any organisation (sign-in, sign-up, …) have no org_id;
-- those rows stay visible without a scope, keyed by caller as before. Org rows are isolated.
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY purser_org_isolation ON idempotency_keys
    USING (org_id IS NULL OR org_id = NULLIF(current_setting('app.org_id', true), '')::uuid)
    WITH CHECK (org_id IS NULL OR org_id = NULLIF(current_setting('app.org_id', true), '')::uuid);
