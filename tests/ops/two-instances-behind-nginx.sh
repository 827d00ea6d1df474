#!/usr/bin/env bash
# "Running in production" (README) followed on one machine, as a test (CTest label "ops"):
# one PostgreSQL database, schema migrated once, two purser-server instances with
# certificates from a private CA, nginx in front on loopback speaking TLS to both backends.
# A user signs in through the proxy; the session then works on the other instance too
# (sessions live in the database), and signing out revokes it on both.
#   two-instances-behind-nginx.sh BUILD_DIR
# Needs PURSER_TEST_POSTGRES_URL (scripts/test starts a throwaway cluster) and nginx.
set -euo pipefail
build=${1:?build dir}
server="$build/bin/purser-server"
fail() { echo "FAIL: $*" >&2; for f in "$work"/*.log; do echo "== $f" >&2; tail -n 20 "$f" >&2; done; exit 1; }
step() { echo "--- $*"; }

if [ -z "${PURSER_TEST_POSTGRES_URL:-}" ] || ! command -v nginx >/dev/null; then
    if [ "${PURSER_REQUIRE_POSTGRES:-}" = 1 ] && command -v nginx >/dev/null; then
        echo "FAIL: PURSER_TEST_POSTGRES_URL is not set" >&2; exit 1
    fi
    echo "skipped: needs PURSER_TEST_POSTGRES_URL and nginx"; exit 0
fi

work=$(mktemp -d -t purser-ops.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "${dbname:-}" ]; then
        psql "$PURSER_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS $dbname" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

step "1. a database for Purser"
dbname="purser_ops_$$"
psql "$PURSER_TEST_POSTGRES_URL" -qc "CREATE DATABASE $dbname" >/dev/null
export PURSER_DATABASE_URL="${PURSER_TEST_POSTGRES_URL%/*}/$dbname"

step "2. certificates from a private CA (backends: 127.0.0.1 and localhost)"
cd "$work"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -subj "/CN=Purser test CA" \
    -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
    -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >san.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 \
    -extfile san.ext -out server.crt 2>/dev/null
chmod 600 server.key

step "3. migrate once, then create the organisation and its first user"
"$server" migrate --config /dev/null | tee migrate.out
grep -q 'postgres database at schema version' migrate.out || fail "migrate"
org=$("$server" create-org "Ops Test Ltd" --config /dev/null)
echo "organisation $org"
password='a long production password'
echo "$password" | "$server" create-user --config /dev/null --email ops@example.com \
    --name "Olive Ops" --org "$org" --role owner >/dev/null || fail "create-user"

step "4. one set of audit signing keys for both instances, then two instances on one database"
"$server" rotate-signing-key --config /dev/null --data-dir "$work/data1" || fail "rotate-signing-key"
mkdir -p "$work/data2" && cp -a "$work/data1/keys" "$work/data2/keys"
ports=()
for i in 1 2; do
    port=$(free_port)
    ports+=("$port")
    cat >"instance$i.conf" <<CONF
listen = 127.0.0.1:$port
data_dir = $work/data$i
tls_cert = $work/server.crt
tls_key = $work/server.key
trusted_proxies = 127.0.0.1
log_format = json
threads = 2
master_key_file = $work/master.key
CONF
    # One master key for every instance of a database (encryption at rest): the first
    # instance creates it, so the second starts once the first is up.
    "$server" serve --config "instance$i.conf" >"instance$i.out" 2>"instance$i.log" &
    pids+=($!)
    for _ in $(seq 100); do grep -q '^listening on' "instance$i.out" && break; sleep 0.1; done
    grep -q '^listening on' "instance$i.out" || fail "instance $i did not start"
    cat "instance$i.out"
done

step "5. nginx on loopback in front, TLS to the backends"
proxy_port=$(free_port)
mkdir -p nginx/logs
cat >nginx/nginx.conf <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 64; }
http {
    access_log $work/nginx/logs/access.log;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    upstream purser {
        server 127.0.0.1:${ports[0]};
        server 127.0.0.1:${ports[1]};
        keepalive 8;
    }
    server {
        listen 127.0.0.1:$proxy_port ssl;
        server_name localhost;
        ssl_certificate $work/server.crt;
        ssl_certificate_key $work/server.key;
        ssl_protocols TLSv1.2 TLSv1.3;
        client_max_body_size 20m;
        location /metrics { return 404; }
        location / {
            proxy_pass https://purser;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto https;
            proxy_ssl_verify on;
            proxy_ssl_trusted_certificate $work/ca.crt;
            proxy_ssl_name localhost;
            proxy_ssl_server_name on;
            proxy_ssl_protocols TLSv1.2 TLSv1.3;
            proxy_next_upstream error timeout;
        }
    }
}
CONF
nginx -t -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>nginx-test.log || { cat nginx-test.log; fail "nginx -t"; }
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>nginx.log &
pids+=($!)
base="https://localhost:$proxy_port/api/v1"
for _ in $(seq 50); do curl -s --cacert ca.crt "$base/healthz" >/dev/null && break; sleep 0.1; done

# curl through the proxy; prints the body, saves headers to $work/headers
call() { curl -sS --cacert ca.crt -D "$work/headers" "$@"; }
served_by() {
    local id
    id=$(grep -i '^x-request-id:' "$work/headers" | tr -d '\r' | awk '{print $2}')
    if grep -q "\"request_id\":\"$id\"" instance1.log; then echo 1
    elif grep -q "\"request_id\":\"$id\"" instance2.log; then echo 2
    else echo "?"; fi
}

step "6. sign in through the proxy"
signin=$(call -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"ops@example.com\",\"password\":\"$password\"}" "$base/auth/sign-in")
token=$(json "['token']" <<<"$signin") || fail "sign-in: $signin"
first=$(served_by)
echo "signed in on instance $first"
[ "$first" = 1 ] || [ "$first" = 2 ] || fail "cannot tell which instance answered"

step "7. use the session until the other instance has answered"
other_seen=0
for _ in 1 2 3 4 5 6; do
    session=$(call -H "Authorization: Bearer $token" "$base/auth/session")
    who=$(served_by)
    grep -q '"ops@example.com"' <<<"$session" || fail "session through instance $who: $session"
    echo "session answered by instance $who"
    [ "$who" != "$first" ] && other_seen=1
done
[ $other_seen = 1 ] || fail "the other instance never answered"
employees=$(call -H "Authorization: Bearer $token" "$base/orgs/$org/employees")
grep -q '"items"' <<<"$employees" || fail "employees: $employees"

keys1=$(curl -s --cacert ca.crt "https://127.0.0.1:${ports[0]}/api/v1/server/signing-keys")
keys2=$(curl -s --cacert ca.crt "https://127.0.0.1:${ports[1]}/api/v1/server/signing-keys")
[ "$keys1" = "$keys2" ] && grep -q key_id <<<"$keys1" || fail "the instances list different signing keys"

step "8. the client address behind the proxy is the real one, /metrics is not exposed"
grep -q '"client_ip":"127.0.0.1"' instance1.log instance2.log || fail "client_ip"
code=$(curl -s -o /dev/null -w '%{http_code}' --cacert ca.crt "https://localhost:$proxy_port/metrics")
[ "$code" = 404 ] || fail "/metrics through the proxy answered $code"
# Read it whole first: with pipefail, `curl | grep -q` fails when grep stops reading early.
metrics=$(curl -s --cacert ca.crt "https://127.0.0.1:${ports[0]}/metrics")
grep -q '^purser_http_requests_total' <<<"$metrics" || fail "/metrics on the backend (loopback)"

step "9. sign out through one instance: the token is refused by both"
call -X POST -H "Authorization: Bearer $token" "$base/auth/sign-out" >/dev/null
for port in "${ports[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --cacert ca.crt -H "Authorization: Bearer $token" \
        "https://127.0.0.1:$port/api/v1/auth/session")
    [ "$code" = 401 ] || fail "instance on $port accepted a revoked token ($code)"
done
if grep -q "$password" instance1.log instance2.log || grep -q "$token" instance1.log instance2.log; then
    fail "a secret reached the logs"
fi
echo "two instances behind nginx on one PostgreSQL: OK"
