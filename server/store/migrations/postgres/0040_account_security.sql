-- Account security, round two (issue 13): verified email addresses, known clients (device
-- cookies) with their own sign-in budget, where a session was made, and mail that keeps its
-- token only in the outbox file (mail_id names the file to remove once the token is spent).

ALTER TABLE users ADD COLUMN email_verified_at TIMESTAMPTZ;

ALTER TABLE sessions ADD COLUMN ip TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;

ALTER TABLE password_resets ADD COLUMN mail_id UUID;

CREATE TABLE email_verifications (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    mail_id UUID
);
CREATE INDEX email_verifications_user ON email_verifications (user_id);

CREATE TABLE known_clients (
    id UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX known_clients_user ON known_clients (user_id);

-- Earlier rows held usable reset tokens: the table keeps that a mail went out, not its token.
UPDATE mail_outbox SET body = '(removed: the message held a single-use token)';
