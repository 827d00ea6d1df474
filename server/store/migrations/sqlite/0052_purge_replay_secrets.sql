-- The replay store kept secret-bearing answers in full before the Idempotency-Key guard left
-- secrets out: remove those rows (a retry of one of them runs again, within its 24 hours).
DELETE FROM idempotency_keys
 WHERE CAST(body AS TEXT) LIKE '%"key":"pk!_%' ESCAPE '!'
    OR CAST(body AS TEXT) LIKE '%"token":"p%' ESCAPE '!'
    OR CAST(body AS TEXT) LIKE '%"secret":%' ESCAPE '!'
    OR CAST(body AS TEXT) LIKE '%"backup!_codes":%' ESCAPE '!';
