-- What the audit log's entries last said about each record they refer to (its name fields:
-- full_name, employee_no, description, period_start, period_end, name, email, claim_id;
-- compact JSON),
-- so the audit log names a record the offline data no longer holds (deleted, or outside what
-- the role may read), offline too. Filled as entries arrive (AuditRecordNames).
CREATE TABLE audit_record_names (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    fields TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

-- Entries held before this table existed are indexed afterwards, newest first and a slice at a
-- time from the event loop (AuditNamesBackfill), never in one go on the window thread: this
-- marks how far back that still has to go.
INSERT INTO meta (key, value)
SELECT 'audit_record_names_backlog', CAST(seq AS TEXT) FROM audit_entries
ORDER BY seq DESC LIMIT 1;
