-- The replay store kept secret-bearing answers in full before the Idempotency-Key guard left
-- secrets out: remove those rows (a retry of one of them runs again, within its 24 hours).
-- Row-level security is lifted for the table's owner while it runs, so every org's rows go.
ALTER TABLE idempotency_keys NO FORCE ROW LEVEL SECURITY;
DELETE FROM idempotency_keys
 WHERE body IS NOT NULL
   AND (convert_from(body, 'UTF8') LIKE '%"key":"pk!_%' ESCAPE '!'
        OR convert_from(body, 'UTF8') LIKE '%"token":"p%' ESCAPE '!'
        OR convert_from(body, 'UTF8') LIKE '%"secret":%' ESCAPE '!'
        OR convert_from(body, 'UTF8') LIKE '%"backup!_codes":%' ESCAPE '!');
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
