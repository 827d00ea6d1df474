# shellcheck shell=bash disable=SC2154 # url, org, token, … are bench/run's
# The write figures of bench/run (sourced by it; uses its url, cacert, org, work, pg_url,
# CONNECTIONS, SECONDS_LOAD, sign_in and wrk_figures).
#
# What is measured and what the pgbench floor leaves out: the comment above
# "source bench/writes.sh" in bench/run.

# Writes of one kind with wrk: NAME TOKEN PATH [BODY [IDS_FILE [SECONDS]]]
#   → "rps p50 p99 non2xx count seconds"
write_load() {
    local name=$1 out=$work/wrk-$1-$backend.txt threads=2
    BENCH_THREADS=$threads BENCH_TOKEN=$2 BENCH_PATH=$3 BENCH_BODY=${4:-} BENCH_IDS=${5:-} BENCH_PREFIX=$name \
        wrk -t$threads -c"$CONNECTIONS" -d"${6:-$SECONDS_LOAD}"s --latency -s "$PURSER_ROOT/bench/wrk/writes.lua" \
        "$url" >"$out" 2>&1
    local rps p50 p99 bad ok mine seconds
    read -r _ p50 p99 bad < <(wrk_figures "$out")
    read -r ok mine seconds rps < <(sed -n 's/^writes ok=\([0-9]*\) bad=\([0-9]*\) seconds=\([0-9.]*\) rps=\([0-9.]*\)$/\1 \2 \3 \4/p' "$out")
    [ -n "$rps" ] || { cat "$out" >&2; exit 1; }
    echo "$rps $p50 $p99 $((bad > mine ? bad : mine)) $ok $seconds"
}

# The ids of the write bench's claims (description "Bench write trip …") in STATUS.
claim_ids() { # TOKEN STATUS
    python3 - "$url" "$cacert" "$1" "$org" "$2" <<'EOF'
import json, ssl, sys, urllib.request
url, cacert, token, org, status = sys.argv[1:]
context = ssl.create_default_context(cafile=cacert)
since = ""
while True:
    page_url = f"{url}/api/v1/orgs/{org}/claims?limit=1000" + (f"&since={since}" if since else "")
    request = urllib.request.Request(page_url, headers={"Authorization": "Bearer " + token})
    page = json.load(urllib.request.urlopen(request, context=context))
    for item in page["items"]:
        if item["status"] == status and item["description"].startswith("Bench write trip "):
            print(item["id"])
    if not page.get("has_more"):
        break
    since = page["next_cursor"]
EOF
}

load_writes() { # BACKEND: sets write_create_$BACKEND, write_submit_$BACKEND, write_approve_$BACKEND
    local backend=$1 admin member
    sign_in admin@acme.example
    admin=$token
    sign_in member@acme.example
    member=$token
    local figures
    figures=$(write_load create "$admin" "/api/v1/orgs/$org/employees" \
        '{"employee_no":"W{n}","full_name":"Bench Writer {n}","email":"w{n}@acme.example","department":"Operations","position":"Clerk","employment_type":"full_time","start_date":"2025-01-06","national_id":"S{n}D","bank_name":"DBS","bank_account":"123-{n}","base_salary":{"amount":420000,"currency":"SGD"}}')
    eval "write_create_$backend='$figures'"
    write_load pool "$member" "/api/v1/orgs/$org/claims" \
        '{"category":"travel","description":"Bench write trip {n}","amount":{"amount":4200,"currency":"SGD"},"incurred_on":"2025-12-03"}' \
        "" $((2 * SECONDS_LOAD)) >/dev/null
    claim_ids "$admin" draft >"$work/drafts-$backend.txt"
    figures=$(write_load submit "$member" "/api/v1/orgs/$org/claims/{id}/submit" "" "$work/drafts-$backend.txt")
    eval "write_submit_$backend='$figures'"
    claim_ids "$admin" submitted >"$work/submitted-$backend.txt"
    figures=$(write_load approve "$admin" "/api/v1/orgs/$org/claims/{id}/approve" "" "$work/submitted-$backend.txt")
    eval "write_approve_$backend='$figures'"
}

# The statements of one session lookup, as the server runs it (outside the transaction).
session_lookup_sql() {
    cat <<'EOF'
SELECT s.id, s.user_id, s.active_org_id, s.expires_at, s.revoked_at, s.last_used_at, s.created_at, m.role, u.id, u.email, u.name, u.two_factor_enabled, o.require_two_factor FROM sessions s LEFT JOIN memberships m ON m.user_id = s.user_id AND m.org_id = :org LEFT JOIN users u ON u.id = s.user_id LEFT JOIN organizations o ON o.id = :org WHERE s.token_hash = :token_hash;
EOF
}

# The audit append of AuditLog::append(): head, entry, one tree node, head. ACTION SUMMARY CHANGES
audit_append_sql() {
    cat <<EOF
SELECT id, email, name, two_factor_enabled FROM users WHERE id = :actor_id;
UPDATE audit_heads SET last_seq = last_seq + 1 WHERE org_id = :org RETURNING last_seq AS audit_seq, last_hash, tree_size, tree_frontier \gset
INSERT INTO audit_log (org_id, seq, id, occurred_at, actor_kind, actor_id, actor_display, channel, action, entity_type, entity_id, summary, changes, ip, user_agent, request_id, prev_hash, hash) VALUES (:org, :audit_seq, :audit_id, :at, 'user', :actor_id, 'Bench Actor', 'web', '$1', '$2', :entity_id, '$3', '$4', '127.0.0.1', 'wrk', 'f331c170ae7737cfde358b98b5c4b876', :last_hash, 'b8b62e6d8e9afb34b2364bc379fdc6e9107a47d7b679c00e03b37e4f634c1f77');
INSERT INTO audit_tree_nodes (org_id, level, idx, hash) VALUES (:org, 1, :audit_seq, 'ad2004cb6942929282198e8e889659e73144e501aa0ed2aaca61baf245c392f0');
UPDATE audit_heads SET last_hash = 'b8b62e6d8e9afb34b2364bc379fdc6e9107a47d7b679c00e03b37e4f634c1f77', tree_size = :audit_seq, tree_frontier = :tree_frontier WHERE org_id = :org;
COMMIT;
EOF
}

write_pgbench_scripts() { # the three transactions, as the server runs them
    {
        echo '\set k :k + 1'
        echo '\set no 1000000000 * (1 + :client_id) + :k'
        session_lookup_sql # before the body is read (a write is refused early)
        session_lookup_sql # in the handler
        cat <<'EOF'
BEGIN;
SELECT set_config('app.org_id', :org, true);
SELECT COUNT(*) FROM employees WHERE org_id = :org AND lower(trim(employee_no)) = lower(trim(:no)) AND id <> :nil_id;
SELECT DISTINCT department FROM employees WHERE org_id = :org AND id <> :nil_id AND department <> '';
SELECT o.upload_max_bytes, s.currency, s.contribution_label, s.contribution_rate_bp FROM organizations o LEFT JOIN org_domain_settings s ON s.org_id = o.id WHERE o.id = :org;
UPDATE org_change_counters SET last_seq = last_seq + 1 WHERE org_id = :org;
SELECT last_seq, gen_random_uuid() AS entity_id, gen_random_uuid() AS audit_id FROM org_change_counters WHERE org_id = :org \gset
SELECT key_version FROM org_data_keys WHERE org_id = :org ORDER BY key_version DESC LIMIT 1 FOR SHARE;
INSERT INTO employees (org_id, id, employee_no, full_name, email, department, position, employment_type, start_date, end_date, status, manager_id, user_id, national_id, bank_name, bank_account, base_salary_amount, base_salary_currency, version, updated_at, change_seq) VALUES (:org, :entity_id, :no, 'Bench Person 1', 'x1@acme.example', 'Operations', 'Clerk', 'full_time', '2025-01-06', NULL, 'active', NULL, NULL, :sealed_national_id, :sealed_bank_name, :sealed_bank_account, :sealed_salary, 'SGD', 1, :at, :last_seq);
EOF
        audit_append_sql create employee 'Added employee Bench Person 1 (X1)' \
            '{"bank_account":[null,"[redacted]"],"bank_name":[null,"[redacted]"],"base_salary":[null,"[redacted]"],"department":["","Operations"],"email":["","x1@acme.example"],"employee_no":["","X1"],"employment_type":["","full_time"],"full_name":["","Bench Person 1"],"national_id":[null,"[redacted]"],"position":["","Clerk"],"start_date":["","2025-01-06"],"status":["","active"]}'
    } >"$work/employee_create.sql"
    local from to reviewed_by version action
    for action in submit approve; do
        if [ $action = submit ]; then
            from=draft to=submitted reviewed_by=NULL version=2
        else
            from=submitted to=approved reviewed_by=:actor_id version=3
        fi
        {
            echo '\set pick random(1, :claim_count)'
            echo 'SELECT id AS claim_id FROM bench_claims WHERE n = :pick \gset'
            session_lookup_sql
            cat <<EOF
BEGIN;
SELECT set_config('app.org_id', :org, true);
SELECT id, employee_id, category, description, amount, currency, incurred_on, status, created_by, submitted_by, reviewed_by, review_note, paid_at, version, updated_at, (SELECT e.user_id FROM employees e WHERE e.id = claims.employee_id) AS employee_user_id FROM claims WHERE org_id = :org AND id = :claim_id FOR UPDATE;
SELECT relname FROM pg_class WHERE pg_class.oid = :claims_oid;
SELECT id, claim_id, employee_id, storage_name, filename, content_type, size, sha256, uploaded_by, uploaded_at FROM receipts WHERE org_id = :org AND claim_id IN (:claim_id) ORDER BY uploaded_at, id;
UPDATE org_change_counters SET last_seq = last_seq + 1 WHERE org_id = :org;
SELECT last_seq, :claim_id AS entity_id, gen_random_uuid() AS audit_id FROM org_change_counters WHERE org_id = :org \gset
UPDATE claims SET employee_id = :payee, category = 'travel', description = 'Bench write trip', amount = 4200, currency = 'SGD', incurred_on = '2025-12-03', status = '$to', created_by = :member_id, submitted_by = :member_id, reviewed_by = $reviewed_by, review_note = NULL, paid_at = NULL, version = $version, updated_at = :at, change_seq = :last_seq WHERE org_id = :org AND id = :claim_id;
EOF
            audit_append_sql $action claim "Claim of SGD 42.00: $from → $to" "{\"status\":[\"$from\",\"$to\"]}"
        } >"$work/claim_$action.sql"
    done
}

pgbench_writes() { # sets pg_{create,submit,approve}_tps and pg_…_tps_workers (at $SERVER_DB_CONNECTIONS clients)
    local admin_hash member_hash admin_id member_id payee claims_oid claim_count
    sign_in admin@acme.example
    admin_hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
    sign_in member@acme.example
    member_hash=$(printf %s "$token" | sha256sum | cut -d' ' -f1)
    read -r admin_id member_id payee claims_oid < <(psql -qtA -F' ' "$pg_url" -c "SELECT
        (SELECT user_id FROM sessions WHERE token_hash = '$admin_hash'),
        (SELECT user_id FROM sessions WHERE token_hash = '$member_hash'),
        (SELECT employee_id FROM claims WHERE description LIKE 'Bench write trip %' LIMIT 1),
        'claims'::regclass::oid")
    # The claims the scripts change, numbered for pgbench's random pick.
    claim_count=$(psql -qtA "$pg_url" -c "CREATE TABLE bench_claims AS SELECT row_number() OVER () AS n, id
        FROM claims WHERE org_id = '$org'; ALTER TABLE bench_claims ADD PRIMARY KEY (n);
        GRANT SELECT ON bench_claims TO purser_app; SELECT count(*) FROM bench_claims" | tail -n1)
    write_pgbench_scripts
    # Values with a colon are variables: pgbench would read ":1" inside a literal as one.
    local script tps common=(-D org="$org" -D nil_id=00000000-0000-0000-0000-000000000000
        -D claim_count="$claim_count" -D claims_oid="$claims_oid" -D payee="$payee" -D member_id="$member_id"
        -D at=2026-12-06T01:29:30.534Z
        # sealed values as long as the server's (v1:key version:base64 of nonce, text, tag)
        -D sealed_national_id=v1:1:/NKv8Z1cPC7oUOqSyFfQvfcorupCa95oitn+ouDfQxgXxQsT6jKw0djdxg==
        -D sealed_bank_name=v1:1:K7GFFxFb9gaculROgWL7ehtgYTxRzwBy0eXGbwmAb9u/kVKLRuawd9amVg==
        -D sealed_bank_account=v1:1:BvDEWyGCyQJKhkjiNpyk+MUbR1jj0mobLIbhKWgsN8Y0ADGODWLmE/MsV4Pd
        -D sealed_salary=v1:1:Rs1o517lkBAuiabzpRRsYqYLZrbibp8vCQP2hwilxgE0dE6lJe+V/9EqMfuQCw==)
    local clients suffix out run=0
    for script in employee_create claim_submit claim_approve; do
        local actor_id=$admin_id token_hash=$admin_hash
        [ $script = claim_submit ] && actor_id=$member_id token_hash=$member_hash
        # At the load's concurrency, and at the server's own database connections (why: the
        # comment above "source bench/writes.sh" in bench/run).
        for clients in $CONNECTIONS $SERVER_DB_CONNECTIONS; do
            suffix=$([ "$clients" = "$CONNECTIONS" ] || echo _workers)
            out=$work/pgbench-$script-$clients
            run=$((run + 1)) # each run numbers its employees from its own k
            PGOPTIONS='-c role=purser_app' pgbench -n -M prepared -c "$clients" -j 2 -T "$SECONDS_LOAD" \
                "${common[@]}" -D actor_id="$actor_id" -D token_hash="$token_hash" -D k=$((run * 100000000)) \
                -f "$work/$script.sql" "$pg_url" >"$out.txt" 2>"$out.log" || true
            tps=$(sed -n 's/^tps = \([0-9]*\.[0-9]\).*/\1/p' "$out.txt" | head -n1)
            grep -q 'aborted' "$out.log" && tps=
            [ -n "$tps" ] || { cat "$out.log" >&2; exit 1; }
            eval "pg_${script#*_}_tps$suffix=$tps"
        done
    done
}
