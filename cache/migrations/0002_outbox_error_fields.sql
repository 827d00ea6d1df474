-- A refused change keeps the server's per-field reasons (422 `fields`), so the form that made
-- it can show each reason at its field.
ALTER TABLE outbox ADD COLUMN error_fields TEXT;
