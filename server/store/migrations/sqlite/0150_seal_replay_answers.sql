-- Organisations' replay answers are now stored sealed with the organisation's data key (they
-- may hold national IDs, bank details and salaries). Remove those stored in the clear before;
-- a retry of one of them within its 24 hours runs again (as after 0052).
DELETE FROM idempotency_keys WHERE org_id IS NOT NULL;
