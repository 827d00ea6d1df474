-- API keys expire (chosen at creation, default 90 days, at most a year) and record their last
-- use (written at most once a minute). Keys made before this get 90 days from now.
ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
ALTER TABLE api_keys ADD COLUMN last_used_at TEXT;
UPDATE api_keys SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days')
    WHERE expires_at IS NULL;
