-- Account security, round two (issue 13): verified email addresses, known clients (device
-- cookies) with their own sign-in budget, where a session was made, and mail that keeps its
-- token only in the outbox file (mail_id names the file to remove once the token is spent).

ALTER TABLE users ADD COLUMN email_verified_at TEXT;

ALTER TABLE sessions ADD COLUMN ip TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;

ALTER TABLE password_resets ADD COLUMN mail_id TEXT;

CREATE TABLE email_verifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    mail_id TEXT
);
CREATE INDEX email_verifications_user ON email_verifications (user_id);

CREATE TABLE known_clients (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    last_used_at TEXT NOT NULL
);
CREATE INDEX known_clients_user ON known_clients (user_id);

-- Earlier rows held usable reset tokens: the table keeps that a mail went out, not its token.
UPDATE mail_outbox SET body = '(removed: the message held a single-use token)';
