#!/usr/bin/env bash
# The registration benchmark, run by hand (see README.md):
#   builds the WAR and the load generator, (re)creates the PostgreSQL database sangkien_bench,
#   starts Payara Micro on 127.0.0.1:8282 against it, sets up an organization tree, an open
#   campaign and a UNIT_OFFICER through the API, runs the three phases (registration, trivial
#   authenticated request, plain JDBC INSERT + COMMIT) at the same concurrency, and always stops
#   Payara at the end.
#
# Usage: bench/run.sh [--warmup S] [--measure S] [--rounds N] [--settle S] [--threads N] [--phases LIST]
#                     [--no-build (keep the built WAR)]
# Environment (same meaning): BENCH_WARMUP (120), BENCH_MEASURE (30), BENCH_ROUNDS (3), BENCH_SETTLE (10),
#   BENCH_THREADS (16),
#   BENCH_PHASES (registration,trivial,jdbc), BENCH_NO_BUILD (unset), BENCH_START_TIMEOUT (180),
#   BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432), BENCH_PG_USER (postgres),
#   BENCH_PG_LOG_STATEMENTS (unset; 1 = log every statement on the database, for diagnosis),
#   BENCH_JAVA_OPTS (extra JVM options of the server, e.g. -XX:StartFlightRecording=... to profile it),
#   TMPDIR (Payara's root directory and copies of the WAR go to a work directory made there; default /tmp).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(cd "$HERE/.." && pwd)"

WARMUP="${BENCH_WARMUP:-120}"
MEASURE="${BENCH_MEASURE:-30}"
ROUNDS="${BENCH_ROUNDS:-3}"
SETTLE="${BENCH_SETTLE:-10}"
THREADS="${BENCH_THREADS:-16}"
PHASES="${BENCH_PHASES:-registration,trivial,jdbc}"
NO_BUILD="${BENCH_NO_BUILD:-}"
START_TIMEOUT="${BENCH_START_TIMEOUT:-180}"
PG_HOST="${BENCH_PG_HOST:-127.0.0.1}"
PG_PORT="${BENCH_PG_PORT:-5432}"
PG_USER="${BENCH_PG_USER:-postgres}"
DB=sangkien_bench

HTTP_PORT=8282
CLUSTER_PORT=47160
CLUSTER_NAME=sk-bench
BASE="http://127.0.0.1:${HTTP_PORT}"
API="${BASE}/api/v1"

ADMIN_PASSWORD="Bench-Admin-2026"
OFFICER="bench.officer"
OFFICER_PASSWORD="Bench-Officer-2026"
PROVINCE=BENCH-TINH
UNIT=BENCH-CS-01
CAMPAIGN=BENCH-DOT-1

usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        --warmup) WARMUP="$2"; shift 2 ;;
        --measure) MEASURE="$2"; shift 2 ;;
        --rounds) ROUNDS="$2"; shift 2 ;;
        --settle) SETTLE="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --phases) PHASES="$2"; shift 2 ;;
        --no-build) NO_BUILD=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done
for n in "$WARMUP" "$MEASURE" "$ROUNDS" "$SETTLE" "$THREADS" "$START_TIMEOUT"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "not a whole number: $n" >&2; exit 2; }
done

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------- build
if [ -z "$NO_BUILD" ]; then
    log "building the WAR (mvn -q package -DskipTests in $MAIN)"
    (cd "$MAIN" && mvn -q package -DskipTests)
fi
# The generator is always (re)built: a few seconds.
log "building the load generator (mvn -q package in $HERE)"
(cd "$HERE" && mvn -q package)
WAR="$MAIN/target/sangkien.war"
MICRO="$MAIN/target/payara-micro.jar"
GENERATOR="$HERE/target/sangkien-bench.jar"
for f in "$WAR" "$MICRO" "$GENERATOR"; do
    [ -f "$f" ] || die "missing $f (run without --no-build)"
done

# ---------------------------------------------------------------------------------------- ports
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$HTTP_PORT" && die "127.0.0.1:$HTTP_PORT is already in use (an earlier benchmark still running?)"
port_busy "$CLUSTER_PORT" && die "127.0.0.1:$CLUSTER_PORT is already in use (an earlier benchmark still running?)"

# ---------------------------------------------------------------------------------------- database
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -q -X)
log "recreating database $DB on $PG_HOST:$PG_PORT"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>&1 | grep -v 'does not exist, skipping' || true
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB TEMPLATE template0 ENCODING 'UTF8'"
if [ -n "${BENCH_PG_LOG_STATEMENTS:-}" ]; then
    # Diagnosis: every statement on this database goes to PostgreSQL's server log.
    "${PSQL[@]}" -d postgres -c "ALTER DATABASE $DB SET log_statement = 'all'"
fi

# ---------------------------------------------------------------------------------------- Payara
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sangkien-bench.XXXXXX")"
PAYARA_LOG="$WORK/payara.log"
# Copies of the WAR and of Payara Micro, so that a build during the run does not change what runs.
cp "$WAR" "$WORK/sangkien.war"
cp "$MICRO" "$WORK/payara-micro.jar"
PAYARA_PID=""

stop_payara() {
    local rc=$?
    set +e
    if [ -n "$PAYARA_PID" ] && kill -0 "$PAYARA_PID" 2>/dev/null; then
        log "stopping Payara (pid $PAYARA_PID)"
        kill -TERM "$PAYARA_PID" 2>/dev/null
        # Bounded: a Payara that has not exited within 60 s is killed. (An exited child stays a zombie
        # until waited for, so look at its state rather than at kill -0.)
        local i state
        for i in $(seq 1 60); do
            state="$(awk '{print $3}' "/proc/$PAYARA_PID/stat" 2>/dev/null)"
            [ -z "$state" ] || [ "$state" = Z ] && break
            sleep 1
        done
        if [ -n "$state" ] && [ "$state" != Z ]; then
            log "Payara did not stop within 60 s: killing it"
            kill -KILL "$PAYARA_PID" 2>/dev/null
        fi
        wait "$PAYARA_PID" 2>/dev/null
        log "Payara stopped"
    fi
    if [ -f "$PAYARA_LOG" ]; then
        mkdir -p "$HERE/target"
        cp "$PAYARA_LOG" "$HERE/target/payara-bench.log"
        log "Payara's log: $HERE/target/payara-bench.log"
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap stop_payara EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting Payara Micro on $BASE (log $PAYARA_LOG)"
cd "$MAIN"
SANGKIEN_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
SANGKIEN_DB_USER="$PG_USER" \
SANGKIEN_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Dhazelcast.socket.bind.any=false ${BENCH_JAVA_OPTS:-} -jar "$WORK/payara-micro.jar" \
        --deploy "$WORK/sangkien.war" --port "$HTTP_PORT" --disablephonehome \
        --rootdir "$WORK/payara-root" \
        --clustermode "tcpip:127.0.0.1:$CLUSTER_PORT" --interfaces 127.0.0.1 --startport "$CLUSTER_PORT" \
        --clustername "$CLUSTER_NAME" \
        --prebootcommandfile target/server-config/pre-boot-commands.asadmin --postdeploycommandfile server-config/post-deploy-commands.asadmin \
        >"$PAYARA_LOG" 2>&1 </dev/null &
PAYARA_PID=$!

# Payara keeps running when the deployment fails: wait for the application, not for the port.
status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }
# Once /health says UP, GET /api/v1/me as admin gets 30 more seconds to answer 200.
deadline=$((SECONDS + START_TIMEOUT))
up_since=""
ready=""
health=""
while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$PAYARA_PID" 2>/dev/null; then
        tail -n 60 "$PAYARA_LOG" >&2
        PAYARA_PID=""
        die "Payara exited during start-up"
    fi
    health="$(curl -s --max-time 5 "$BASE/health" || true)"
    if [[ "$health" == *'"UP"'* ]] && [ "$(status_of "$BASE/health")" = 200 ]; then
        up_since="${up_since:-$SECONDS}"
        if [ "$(status_of -u "admin:$ADMIN_PASSWORD" "$API/me")" = 200 ]; then
            ready=1
            break
        fi
        [ $((SECONDS - up_since)) -lt 30 ] || break
    fi
    sleep 2
done
if [ -z "$ready" ]; then
    grep -n -m 5 -E 'SEVERE|Exception Description|Caused by' "$PAYARA_LOG" >&2 || tail -n 40 "$PAYARA_LOG" >&2
    log "last /health answer: ${health:-none}" >&2
    log "GET /api/v1/me as admin: $(curl -s -i --max-time 10 -u "admin:$ADMIN_PASSWORD" "$API/me" | head -c 1500)" >&2
    die "the application did not come up (health UP and GET /api/v1/me as admin 200) within the time allowed"
fi
log "application is up ($((SECONDS)) s since the script started)"

# ---------------------------------------------------------------------------------------- data
# api METHOD PATH EXPECTED_STATUS [JSON]: prints the body; fails with request and answer otherwise.
api() {
    local method="$1" path="$2" expected="$3" body="${4:-}" out status
    out="$(mktemp "$WORK/resp.XXXXXX")"
    if [ -n "$body" ]; then
        status="$(curl -s -o "$out" -w '%{http_code}' --max-time 30 -u "admin:$ADMIN_PASSWORD" \
            -X "$method" -H 'Content-Type: application/json' -H 'Accept: application/json' \
            --data-binary "$body" "$API$path" || true)"
    else
        status="$(curl -s -o "$out" -w '%{http_code}' --max-time 30 -u "admin:$ADMIN_PASSWORD" \
            -X "$method" -H 'Accept: application/json' "$API$path" || true)"
    fi
    if [ "$status" != "$expected" ]; then
        {
            echo "request:  $method $API$path ${body}"
            echo "answer:   HTTP $status $(cat "$out")"
        } >&2
        die "expected HTTP $expected"
    fi
    cat "$out"
    rm -f "$out"
}

opens_at="$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)"
closes_at="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)"
log "setting up: organizations $PROVINCE > $UNIT, campaign $CAMPAIGN ($opens_at .. $closes_at), user $OFFICER"
api POST /organizations 201 \
    "{\"code\":\"$PROVINCE\",\"name\":\"Liên đoàn Lao động tỉnh Thử Nghiệm\",\"level\":\"PROVINCE\",\"parentCode\":\"TLD\"}" >/dev/null
api POST /organizations 201 \
    "{\"code\":\"$UNIT\",\"name\":\"Công đoàn cơ sở Công ty Cổ phần Điện tử Ánh Dương\",\"level\":\"GRASSROOTS\",\"parentCode\":\"$PROVINCE\"}" >/dev/null
api POST /campaigns 201 \
    "{\"code\":\"$CAMPAIGN\",\"name\":\"Đợt thi đua sáng kiến đo tải\",\"organizerCode\":\"$PROVINCE\",\"opensAt\":\"$opens_at\",\"closesAt\":\"$closes_at\",\"targetInitiatives\":1000000}" >/dev/null
api POST /users 201 \
    "{\"username\":\"$OFFICER\",\"fullName\":\"Nguyễn Văn Đo Tải\",\"password\":\"$OFFICER_PASSWORD\",\"roles\":[\"UNIT_OFFICER\"],\"organizationCode\":\"$UNIT\"}" >/dev/null

# The campaign opened an hour ago: its status must be OPEN (within 5 s by the contract).
open=""
for _ in $(seq 1 15); do
    if api GET "/campaigns/$CAMPAIGN" 200 | grep -q '"status" *: *"OPEN"'; then
        open=1
        break
    fi
    sleep 1
done
[ -n "$open" ] || die "campaign $CAMPAIGN is not OPEN: $(api GET "/campaigns/$CAMPAIGN" 200)"

# ---------------------------------------------------------------------------------------- load
# The figures are only as good as the machine is quiet: show what else was using the CPU just before.
log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); busiest processes right now:"
top -b -n 2 -d 2 -w 160 2>/dev/null | awk '/^top -/{n++} n==2' | sed -n '7,11p' | cut -c1-110 || true
log "running the load generator: $THREADS clients, ${WARMUP} s warm-up + ${MEASURE} s measured per phase (registration and trivial in $ROUNDS rounds)"
set +e
java -jar "$GENERATOR" \
    --base-url "$BASE" --user "$OFFICER" --password "$OFFICER_PASSWORD" \
    --campaign "$CAMPAIGN" --unit "$UNIT" \
    --jdbc-url "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" --jdbc-user "$PG_USER" \
    --threads "$THREADS" --warmup "$WARMUP" --measure "$MEASURE" --rounds "$ROUNDS" --settle "$SETTLE" \
    --phases "$PHASES" \
    --server-pid "$PAYARA_PID"
rc=$?
set -e
if [ $rc -ne 0 ]; then
    log "the load generator exited with $rc; tail of Payara's log:"
    tail -n 40 "$PAYARA_LOG"
fi
exit $rc
