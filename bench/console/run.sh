#!/usr/bin/env bash
# The console's initiatives table at 1 million initiatives (see README.md):
#   (re)creates the PostgreSQL database sangkien_console, lets the application create the schema,
#   loads the summary benchmark's national dataset at scale 0.42 (1,008,000 initiatives, 54,600
#   grassroots unions; bench/summary/load.sql), starts Payara Micro on 127.0.0.1:8484, logs in to
#   the console with a form like a browser and times GET /initiatives/list.xhtml with typical
#   filters: each such page runs the table's count query and its first-page query, and renders.
#
# Usage: bench/console/run.sh [--reuse] [--runs N] [--scale S]
#   --reuse    keep the database if it already holds a loaded dataset
#   --runs N   timed requests per filter (5), after one warm-up
#   --scale S  dataset scale of bench/summary/load.sql (0.42 = 1,008,000 initiatives)
# Environment: CONSOLE_DB (sangkien_console), TMPDIR (the run's work directory, with Payara's and
#   the load's logs, is made there; default /tmp).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust), psql, curl, bc, Java 17, and
# target/sangkien.war + target/payara-micro.jar of this repository (mvn -DskipTests package at its root).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB="${CONSOLE_DB:-sangkien_console}"
SCALE=0.42
RUNS=5
REUSE=
HTTP_PORT=8484
CLUSTER_PORT=47180
ADMIN_PASSWORD="Bench-Console-2026"
PASSWORD="Bench-Officer-2026"
BASE="http://127.0.0.1:$HTTP_PORT"
while [ $# -gt 0 ]; do
    case "$1" in
        --reuse) REUSE=1; shift ;;
        --runs) RUNS="$2"; shift 2 ;;
        --scale) SCALE="$2"; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
PG=(-h 127.0.0.1 -p 5432 -U postgres)
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sk-console-bench.XXXXXX")"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { log "FATAL: $*"; exit 1; }
sql() { psql "${PG[@]}" -d "$DB" -qXAt -v ON_ERROR_STOP=1 "$@"; }

PAYARA_PID=
stop_payara() {
    if [ -n "$PAYARA_PID" ] && kill -0 "$PAYARA_PID" 2>/dev/null; then
        kill "$PAYARA_PID"; wait "$PAYARA_PID" 2>/dev/null || true
    fi
    PAYARA_PID=
}
trap 'stop_payara; rm -rf "$WORK"/root-*' EXIT

start_payara() {
    local root="$WORK/root-$RANDOM"
    (cd "$ROOT" && exec env SANGKIEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SANGKIEN_DB_USER=postgres \
        SANGKIEN_ADMIN_PASSWORD="$ADMIN_PASSWORD" java -Dhazelcast.socket.bind.any=false -jar target/payara-micro.jar \
        --deploy target/sangkien.war --port "$HTTP_PORT" --disablephonehome --rootdir "$root" \
        --clustermode "tcpip:127.0.0.1:$CLUSTER_PORT" --interfaces 127.0.0.1 --startport "$CLUSTER_PORT" \
        --clustername sk-console-bench --prebootcommandfile target/server-config/pre-boot-commands.asadmin --postdeploycommandfile server-config/post-deploy-commands.asadmin) \
        >"$WORK/payara.log" 2>&1 &
    PAYARA_PID=$!
    for _ in $(seq 1 120); do
        kill -0 "$PAYARA_PID" 2>/dev/null || die "Payara exited; see $WORK/payara.log"
        [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/me")" = 200 ] && return
        sleep 2
    done
    die "Payara not ready; see $WORK/payara.log"
}

if [ -n "$REUSE" ] && [ "$(sql -c "SELECT count(*) FROM organization WHERE code = 'P01'" 2>/dev/null || echo 0)" = 1 ]; then
    log "reusing $DB"
else
    log "creating $DB"
    psql "${PG[@]}" -d postgres -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_payara; stop_payara
    log "loading bench/summary/load.sql at scale $SCALE"
    started=$SECONDS
    psql "${PG[@]}" -d "$DB" -X -v ON_ERROR_STOP=1 -v scale="$SCALE" -f "$ROOT/bench/summary/load.sql" >"$WORK/load.log" 2>&1 \
        || die "load failed; see $WORK/load.log"
    log "loaded in $((SECONDS - started)) s"
fi
INITIATIVES=$(sql -c "SELECT count(*) FROM initiative")
log "$INITIATIVES initiatives"
start_payara

# Officers to log in as: a provincial federation officer (P01) besides the administrator.
curl -s -o /dev/null -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$BASE/api/v1/users" \
    -d "{\"username\":\"bench.p01\",\"fullName\":\"Cán bộ P01\",\"password\":\"$PASSWORD\",\"roles\":[\"FEDERATION_OFFICER\"],\"organizationCode\":\"P01\"}"

login() { # user password -> cookie jar
    local jar="$WORK/cookies-$1" vs
    vs=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$1" \
        --data-urlencode "loginForm:password=$2" --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" \
        "$BASE/login.xhtml"
    echo "$jar"
}
ADMIN_JAR=$(login admin "$ADMIN_PASSWORD")
P01_JAR=$(login bench.p01 "$PASSWORD")

# name | jar | query string
CASES=(
  "admin, no filter (whole country)|$ADMIN_JAR|"
  "admin, status=VERIFIED|$ADMIN_JAR|status=VERIFIED"
  "admin, campaign=NAT-PROG-GD2|$ADMIN_JAR|campaign=NAT-PROG-GD2"
  "admin, field=DIGITAL|$ADMIN_JAR|field=DIGITAL"
  "admin, q=nang suat (no diacritics)|$ADMIN_JAR|q=nang%20suat"
  "admin, q=cai tien quy trinh|$ADMIN_JAR|q=cai%20tien%20quy%20trinh"
  "admin, unit=P17 (a province subtree)|$ADMIN_JAR|unit=P17"
  "admin, unit=P17 + status=RECOGNIZED + q=nang suat|$ADMIN_JAR|unit=P17&status=RECOGNIZED&q=nang%20suat"
  "P01 officer, no filter (own subtree)|$P01_JAR|"
  "P01 officer, status=SUBMITTED|$P01_JAR|status=SUBMITTED"
  "P01 officer, campaign=P01-CAO-DIEM + field=HEALTH|$P01_JAR|campaign=P01-CAO-DIEM&field=HEALTH"
  "P01 officer, q=ung dung|$P01_JAR|q=ung%20dung"
)

printf '\n%-55s %8s %8s %8s %10s\n' "GET /initiatives/list.xhtml?..." "median" "min" "max" "rows"
worst=0
for c in "${CASES[@]}"; do
    IFS='|' read -r name jar query <<<"$c"
    url="$BASE/initiatives/list.xhtml${query:+?$query}"
    curl -s -o /dev/null -b "$jar" "$url"   # warm-up
    times=()
    for _ in $(seq 1 "$RUNS"); do
        times+=("$(curl -s -o "$WORK/page.html" -b "$jar" -w '%{time_total}' "$url")")
    done
    rows=$(grep -o '[0-9]*–[0-9]* trong \(hơn \)\?[0-9.]*' "$WORK/page.html" | head -1 | sed 's/.* trong //; s/hơn \(.*\)/>\1/')
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    median=${sorted[$(( ${#sorted[@]} / 2 ))]}
    printf '%-55s %7.0fms %7.0fms %7.0fms %10s\n' "$name" "$(echo "$median*1000" | bc)" "$(echo "${sorted[0]}*1000" | bc)" \
        "$(echo "${sorted[-1]}*1000" | bc)" "${rows:-?}"
    worst=$(echo "if ($median > $worst) $median else $worst" | bc)
done
printf '\n%s initiatives; slowest median %.0f ms (goal: under 1000 ms)\n' "$INITIATIVES" "$(echo "$worst*1000" | bc)"
