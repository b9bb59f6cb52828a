#!/usr/bin/env bash
# The national-scale summary benchmark (see README.md):
#   (re)creates the PostgreSQL database sangkien_national, starts Payara Micro on 127.0.0.1:8383
#   once so that Flyway creates the schema and the bootstrap creates TLD and admin, stops it,
#   loads the dataset (load.sql), starts Payara again and measures, after one warm-up, N timed runs
#   each of the application's campaign summary (a province peak campaign), its cluster summary (one
#   cluster of that province) and its national programme summary, against the hand-written SQL of
#   hand.sql on the same data; prints median/min/max ms and app/hand, checks that the figures are
#   equal (MISMATCH otherwise) and lists the application's statements that took >= 200 ms.
#   Always stops Payara at the end; leaves the database in place.
#
# Usage: bench/summary/run.sh [--reuse] [--scale S] [--runs N] [--campaign CODE] [--cluster CODE]
#                             [--no-national] [--load-only]
#   --reuse        keep sangkien_national if it already holds a loaded dataset (any scale)
#   --scale S      dataset scale, 1 = national (130,000 units, 2.4 M initiatives); 0.01 for a try
#   --runs N       timed runs per measurement (5), after one warm-up
#   --campaign / --cluster   what to measure (P01-CAO-DIEM / P01-CUM-IV)
#   --no-national  skip the NAT-PROG (whole country) campaign summary
#   --load-only    stop after the load
# Environment: SUMMARY_DB (sangkien_national), SUMMARY_START_TIMEOUT (180), SUMMARY_SLOW_MS (200),
#   SUMMARY_PG_LOG (PostgreSQL's server log, where the slow statements land: by default the file
#   the server names (pg_current_logfile), else /var/log/postgresql/postgresql-<major>-main.log),
#   TMPDIR (the run's work directory, with its logs and raw results, is made there; default /tmp).
# Needs: target/sangkien.war and target/payara-micro.jar of this repository (mvn -q -DskipTests
#   package at its root), psql, curl, python3; PostgreSQL on 127.0.0.1:5432, user postgres (trust).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
MAIN="$(cd "$HERE/../.." && pwd)"

DB="${SUMMARY_DB:-sangkien_national}"
START_TIMEOUT="${SUMMARY_START_TIMEOUT:-180}"
SLOW_MS="${SUMMARY_SLOW_MS:-200}"
SCALE=1
RUNS=5
REUSE=
LOAD_ONLY=
NATIONAL=1
CAMPAIGN=P01-CAO-DIEM
CLUSTER=P01-CUM-IV

PG=(-h 127.0.0.1 -p 5432 -U postgres)
HTTP_PORT=8383
CLUSTER_PORT=47170
CLUSTER_NAME=sk-national
API="http://127.0.0.1:${HTTP_PORT}/api/v1"
ADMIN_PASSWORD="National-Admin-2026"

usage() { sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --reuse) REUSE=1; shift ;;
        --scale) SCALE="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --campaign) CAMPAIGN="$2"; shift 2 ;;
        --cluster) CLUSTER="$2"; shift 2 ;;
        --no-national) NATIONAL=; shift ;;
        --load-only) LOAD_ONLY=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "--runs: not a positive whole number: $RUNS" >&2; exit 2; }
[[ "$SCALE" =~ ^(0?\.[0-9]+|[0-9]+(\.[0-9]+)?)$ ]] || { echo "--scale: not a number: $SCALE" >&2; exit 2; }
[[ "$CAMPAIGN$CLUSTER" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "bad campaign or cluster code" >&2; exit 2; }
[[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "bad database name: $DB" >&2; exit 2; }

log() { printf '[summary %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*" >&2; exit 1; }

for tool in psql curl python3 java; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
WAR_SRC="$MAIN/target/sangkien.war"
MICRO="$MAIN/target/payara-micro.jar"
[ -f "$WAR_SRC" ] && [ -f "$MICRO" ] || die "missing $WAR_SRC or $MICRO: run (cd $MAIN && mvn -q -DskipTests package)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/sk-summary.XXXXXX")"
# Copies of the WAR and of Payara Micro, so that a rebuild during the run does not change what runs.
cp "$WAR_SRC" "$WORK/sangkien.war"
cp "$MICRO" "$WORK/payara-micro.jar"
MICRO="$WORK/payara-micro.jar"
PAYARA_PID=

stop_payara() {
    if [ -n "$PAYARA_PID" ]; then
        if kill -0 "$PAYARA_PID" 2>/dev/null; then
            log "stopping Payara (pid $PAYARA_PID)"
            kill "$PAYARA_PID" 2>/dev/null || true
            for _ in $(seq 1 60); do
                kill -0 "$PAYARA_PID" 2>/dev/null || break
                sleep 1
            done
            if kill -0 "$PAYARA_PID" 2>/dev/null; then
                log "Payara did not stop in 60 s: kill -9"
                kill -9 "$PAYARA_PID" 2>/dev/null || true
            fi
        fi
        wait "$PAYARA_PID" 2>/dev/null || true
        PAYARA_PID=
    fi
}

cleanup() {
    local rc=$?
    stop_payara
    psql "${PG[@]}" -d postgres -qXc "ALTER DATABASE $DB RESET log_min_duration_statement" >/dev/null 2>&1 || true
    rm -rf "$WORK"/root-*
    log "logs kept in $WORK"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

START_COUNT=0
start_payara() {
    START_COUNT=$((START_COUNT + 1))
    local root="$WORK/root-$START_COUNT" out="$WORK/payara-$START_COUNT.log"
    for p in "$HTTP_PORT" "$CLUSTER_PORT"; do
        port_busy "$p" && die "port $p on 127.0.0.1 is already in use"
    done
    mkdir -p "$root"
    log "starting Payara Micro on 127.0.0.1:$HTTP_PORT (log $out)"
    (cd "$MAIN" && exec env SANGKIEN_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SANGKIEN_DB_USER=postgres \
        SANGKIEN_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        java -Dhazelcast.socket.bind.any=false -jar "$MICRO" --deploy "$WORK/sangkien.war" --port "$HTTP_PORT" \
        --disablephonehome --rootdir "$root" --clustermode "tcpip:127.0.0.1:$CLUSTER_PORT" --interfaces 127.0.0.1 \
        --startport "$CLUSTER_PORT" --clustername "$CLUSTER_NAME" \
        --prebootcommandfile target/server-config/pre-boot-commands.asadmin --postdeploycommandfile server-config/post-deploy-commands.asadmin) >"$out" 2>&1 &
    PAYARA_PID=$!
    local started=$SECONDS
    while true; do
        kill -0 "$PAYARA_PID" 2>/dev/null || die "Payara exited during start-up; see $out"
        if curl -sf -m 5 "http://127.0.0.1:$HTTP_PORT/health" 2>/dev/null | grep -q '"UP"' \
            && [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" "$API/me")" = 200 ]; then
            break
        fi
        [ $((SECONDS - started)) -lt "$START_TIMEOUT" ] || die "Payara not ready within ${START_TIMEOUT}s; see $out"
        sleep 2
    done
    log "Payara ready in $((SECONDS - started)) s"
}

sql() { psql "${PG[@]}" -d "$DB" -qXAt -v ON_ERROR_STOP=1 "$@"; }

# ------------------------------------------------------------------------------ database and load
loaded() {
    [ "$(psql "${PG[@]}" -d postgres -qXAtc "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 1 ] \
        && [ "$(sql -c "SELECT count(*) FROM organization WHERE code = 'P01'" 2>/dev/null || echo 0)" = 1 ] \
        && [ "$(sql -c "SELECT count(*) FROM pact" 2>/dev/null || echo 0)" -gt 0 ]
}

LOAD_SECONDS=
if [ -n "$REUSE" ] && loaded; then
    log "reusing the dataset in $DB"
else
    log "creating database $DB"
    psql "${PG[@]}" -d postgres -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
    start_payara
    stop_payara
    log "loading the dataset at scale $SCALE (load.sql)"
    load_started=$SECONDS
    psql "${PG[@]}" -d "$DB" -X -v ON_ERROR_STOP=1 -v scale="$SCALE" -f "$HERE/load.sql" >"$WORK/load.log" 2>&1 \
        || { tail -30 "$WORK/load.log" >&2; die "load failed; see $WORK/load.log"; }
    LOAD_SECONDS=$((SECONDS - load_started))
    log "loaded in ${LOAD_SECONDS} s"
    grep -A3 ' provinces ' "$WORK/load.log" || true
fi
sql -c "SELECT 'dataset: ' || (SELECT count(*) FROM organization WHERE org_level = 'GRASSROOTS') || ' grassroots unions, '
               || (SELECT count(*) FROM initiative) || ' initiatives, '
               || (SELECT count(*) FROM emulation_cluster) || ' clusters and blocks, '
               || pg_size_pretty(pg_database_size(current_database()))"
[ -z "$LOAD_ONLY" ] || exit 0

[ "$(sql -c "SELECT count(*) FROM campaign WHERE code = '$CAMPAIGN'")" = 1 ] || die "no campaign $CAMPAIGN"
[ "$(sql -c "SELECT count(*) FROM emulation_cluster WHERE code = '$CLUSTER'")" = 1 ] || die "no cluster $CLUSTER"

# ------------------------------------------------------------------------------ measurement
# The application's statements that take SLOW_MS or more are logged (this database only); the
# hand-written SQL's sessions turn that off for themselves. They are read back from the server's
# log: SUMMARY_PG_LOG, else the file the server names (with logging_collector on), else the
# Debian packages' log of the server's major version.
pg_log_file() {
    local file dir major
    file="$(psql "${PG[@]}" -d postgres -qXAtc "SELECT pg_current_logfile()" 2>/dev/null || true)"
    if [ -n "$file" ]; then
        case "$file" in
            /*) ;;
            *) dir="$(psql "${PG[@]}" -d postgres -qXAtc "SHOW data_directory" 2>/dev/null || true)"
               file="$dir/$file" ;;
        esac
        echo "$file"
        return
    fi
    major="$(psql "${PG[@]}" -d postgres -qXAtc "SELECT current_setting('server_version_num')::int / 10000" 2>/dev/null || true)"
    echo "/var/log/postgresql/postgresql-${major:-15}-main.log"
}
PG_LOG="${SUMMARY_PG_LOG:-$(pg_log_file)}"
[ -r "$PG_LOG" ] || log "cannot read PostgreSQL's log $PG_LOG (set SUMMARY_PG_LOG): the slow statements will not be listed"
psql "${PG[@]}" -d postgres -qXc "ALTER DATABASE $DB SET log_min_duration_statement = $SLOW_MS"
LOG_OFFSET=$(stat -c %s "$PG_LOG" 2>/dev/null || echo 0)
start_payara

# app NAME URL RUN: one GET as admin; run 0 is the warm-up; the time (ms) of the others is appended
# to $WORK/NAME.app; the body goes to $WORK/NAME.json
app() {
    local name="$1" url="$2" run="$3" out code time
    out=$(curl -s -o "$WORK/$name.json" -m 120 -w '%{http_code} %{time_total}' -u "admin:$ADMIN_PASSWORD" \
        -H 'Accept: application/json' "$url") || die "GET $url failed"
    code=${out% *}; time=${out#* }
    [ "$code" = 200 ] || { cat "$WORK/$name.json" >&2; echo >&2; die "GET $url answered $code"; }
    [ "$run" = 0 ] || python3 -c "print(round(float('$time') * 1000, 1))" >>"$WORK/$name.app"
}

# The psql output of hand.sql: the times of the aggregate statements (psql \timing) of the
# session's second execution (the first warms the session up), and their result rows.
cat >"$WORK/parse_hand.py" <<'EOF'
import json, re, sys
out, prefix, timed = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
runs, run, marker = {}, None, None
for line in open(out).read().splitlines():
    if line.startswith('#run '):
        run = int(line.split()[1]); runs[run] = {}; marker = None
    elif line.startswith('#') and run is not None:
        marker = line[1:]; runs[run][marker] = {'rows': []}
    elif line.startswith('Time: '):
        if marker is not None:
            runs[run][marker]['ms'] = float(re.match(r'Time: ([0-9.]+) ms', line).group(1))
            marker = None
    elif marker is not None:
        runs[run][marker]['rows'].append(line)
last = runs[max(runs)]
for m, v in last.items():
    open('%s.%s.rows' % (prefix, m), 'w').write(''.join(r + '\n' for r in v['rows']))
if timed:
    open(prefix + '.hand', 'a').write('%s\n' % sum(v['ms'] for v in last.values()))
    open(prefix + '.parts', 'a').write(json.dumps(dict((m, v['ms']) for m, v in last.items())) + '\n')
EOF

# hand NAME ONLY CAMPAIGN RUN: one psql session that runs hand.sql twice; run 0 is the warm-up.
hand() {
    local name="$1" only="$2" campaign="$3" run="$4"
    {
        echo "SET log_min_duration_statement = -1;"
        echo "\\set campaign '$campaign'"
        echo "\\set cluster '$CLUSTER'"
        echo "\\set only '$only'"
        echo "\\timing on"
        echo "\\echo '#run 0'"
        echo "\\ir $HERE/hand.sql"
        echo "\\echo '#run 1'"
        echo "\\ir $HERE/hand.sql"
    } >"$WORK/$name.psql"
    sql -F '|' -f "$WORK/$name.psql" >"$WORK/$name.out" 2>&1 || { cat "$WORK/$name.out" >&2; die "hand SQL failed"; }
    python3 "$WORK/parse_hand.py" "$WORK/$name.out" "$WORK/$name" "$([ "$run" = 0 ] && echo 0 || echo 1)"
}

CAMPAIGN_URL="$API/campaigns/$CAMPAIGN/summary"
CLUSTER_URL="$API/clusters/$CLUSTER/summary?campaign=$CAMPAIGN"
NATIONAL_URL="$API/campaigns/NAT-PROG/summary"

# Interleaved, so that a change of load on the machine hits both sides alike.
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "measuring: 1 warm-up and $RUNS timed runs of each, interleaved (load average $LOAD_BEFORE)"
for run in $(seq 0 "$RUNS"); do
    app campaign "$CAMPAIGN_URL" "$run"
    hand campaign campaign_full "$CAMPAIGN" "$run"
    app cluster "$CLUSTER_URL" "$run"
    hand cluster cluster "$CAMPAIGN" "$run"
    if [ -n "$NATIONAL" ]; then
        app national "$NATIONAL_URL" "$run"
        hand national campaign_full NAT-PROG "$run"
    fi
    [ "$run" = 0 ] || log "run $run of $RUNS done"
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# The application's slow statements during the measurement (this database only).
tail -c +"$((LOG_OFFSET + 1))" "$PG_LOG" 2>/dev/null | grep -F "@$DB " >"$WORK/slow.log" || true
stop_payara

# ------------------------------------------------------------------------------ report
python3 - "$WORK" "$CAMPAIGN" "$CLUSTER" "$NATIONAL" "$SLOW_MS" "${LOAD_SECONDS:-}" "$LOAD_BEFORE" "$LOAD_AFTER" <<'EOF'
import json, os, statistics, sys
work, campaign, cluster, national, slow_ms, load_seconds, load_before, load_after = sys.argv[1:9]

def path(name):
    return os.path.join(work, name)

def times(name, kind):
    return [float(x) for x in open(path(name + '.' + kind)).read().split()]

def rows(name, marker):
    return [line.split('|') for line in open(path('%s.%s.rows' % (name, marker))).read().splitlines() if line]

def parts(name):
    return [json.loads(line) for line in open(path(name + '.parts')).read().splitlines()]

measures = [('campaign', 'campaign summary ' + campaign), ('cluster', 'cluster summary ' + cluster)]
if national:
    measures.append(('national', 'campaign summary NAT-PROG (national)'))

if load_seconds:
    print('\nload: %s s' % load_seconds)
print('\nload average before / after the measurement: %s / %s (2 cores)' % (load_before, load_after))
print('\n%-40s %27s   %27s   %8s' % ('', 'application (ms)', 'hand-written SQL (ms)', 'app/hand'))
print('%-40s %9s %8s %8s   %9s %8s %8s   %8s' % ('summary', 'median', 'min', 'max', 'median', 'min', 'max', 'medians'))
goal = True
for name, label in measures:
    a, h = times(name, 'app'), times(name, 'hand')
    ma, mh = statistics.median(a), statistics.median(h)
    goal = goal and ma < 5000 and ma <= 2 * mh
    print('%-40s %9.1f %8.1f %8.1f   %9.1f %8.1f %8.1f   %8.2f' % (label, ma, min(a), max(a), mh, min(h), max(h), ma / mh))
for name, label in measures:
    print('  %s, run by run (ms): app %s; hand %s' % (name, ' '.join('%.0f' % x for x in times(name, 'app')),
                                                     ' '.join('%.0f' % x for x in times(name, 'hand'))))
for name, _ in measures:
    if name != 'cluster':
        p = parts(name)
        print('  hand %s = campaign figures (median %.1f ms) + member figures of its pacted clusters (median %.1f ms)'
              % (name, statistics.median(x['campaign'] for x in p), statistics.median(x['clusters'] for x in p)))
print('(application: HTTP GET as admin, wall time at the client (curl); hand-written SQL: psql \\timing of the\n'
      ' aggregate statements of hand.sql, in a warmed-up session; all runs interleaved)')

problems = []
FIGURES = ('registered', 'recognized', 'grassrootsUnits', 'coveredUnits')

def member_rows(rs, with_cluster):
    result = {}
    for r in rs:
        key = (r[0], r[1]) if with_cluster else r[0]
        r = r[1:] if with_cluster else r
        result[key] = dict(registered=int(r[1]), recognized=int(r[2]), grassrootsUnits=int(r[3]), coveredUnits=int(r[4]),
                           coveragePercent=None if r[5] == '' else float(r[5]), rank=int(r[6]))
    return result

def app_member(m):
    d = dict((k, m.get(k)) for k in FIGURES + ('coveragePercent', 'rank'))
    if d['coveragePercent'] is not None:
        d['coveragePercent'] = float(d['coveragePercent'])
    return d

def compare_cluster(label, summary, hand_members):
    """summary: the app's cluster summary; hand_members: {member code: figures} of the cluster."""
    app_members = dict((m['unitCode'], app_member(m)) for m in summary.get('members', []))
    totals = dict((k, sum(m[k] for m in hand_members.values())) for k in FIGURES)
    app_totals = dict((k, summary.get(k)) for k in FIGURES)
    if app_totals != totals:
        problems.append('%s totals: app %s != hand %s' % (label, app_totals, totals))
    for code in sorted(set(hand_members) | set(app_members)):
        if app_members.get(code) != hand_members.get(code):
            problems.append('%s member %s: app %s != hand %s' % (label, code, app_members.get(code), hand_members.get(code)))
    for block in summary.get('blocks', []):
        for m in block.get('members', []):
            a, h = app_member(m), hand_members.get(m['unitCode'])
            if h is None or any(a[k] != h[k] for k in FIGURES + ('coveragePercent',)):
                problems.append('%s block %s member %s: app %s != hand %s' % (label, block.get('clusterCode'),
                                                                              m['unitCode'], a, h))
    return app_totals, totals, len(app_members), len(hand_members)

def compare_campaign(name, code):
    body = json.load(open(path(name + '.json')))
    r = [int(x) for x in rows(name, 'campaign')[0]]
    hand = dict(registered=r[0], recognized=r[1], grassrootsUnits=r[2], coveredUnits=r[3])
    hand_all = dict(registered=r[0], recognized=r[1], grassrootsUnits=r[4], coveredUnits=r[5])
    app = dict((k, body.get(k)) for k in FIGURES)
    print('\n%s: app  %s' % (code, app))
    print('%s: hand %s' % (code, hand))
    if app != hand:
        note = ''
        if app == hand_all:
            note = ' -- the app equals the hand figures when inactive grassroots unions count too: %s' % hand_all
        problems.append('campaign %s: app %s != hand %s%s' % (code, app, hand, note))
    by_cluster = {}
    for (k, m), f in member_rows(rows(name, 'clusters'), True).items():
        by_cluster.setdefault(k, {})[m] = f
    app_clusters = dict((c['clusterCode'], c) for c in body.get('clusters', []))
    if set(app_clusters) != set(by_cluster):
        problems.append('campaign %s clusters: app %s != hand %s' % (code, sorted(app_clusters), sorted(by_cluster)))
    for k in sorted(set(app_clusters) & set(by_cluster)):
        compare_cluster('campaign %s cluster %s' % (code, k), app_clusters[k], by_cluster[k])
    print('%s: %d clusters with pacts compared member by member' % (code, len(set(app_clusters) & set(by_cluster))))

compare_campaign('campaign', campaign)
if national:
    compare_campaign('national', 'NAT-PROG')

cl = json.load(open(path('cluster.json')))
app_totals, totals, n_app, n_hand = compare_cluster('cluster ' + cluster, cl, member_rows(rows('cluster', 'cluster'), False))
print('\n%s: app  totals %s, %d members' % (cluster, app_totals, n_app))
print('%s: hand totals %s, %d members' % (cluster, totals, n_hand))

print()
if problems:
    print('!' * 78)
    print('MISMATCH: the application and the hand-written SQL disagree')
    for p in problems:
        print('  MISMATCH ' + p)
    print('!' * 78)
else:
    print('figures: the application equals the hand-written SQL (registered, recognized, grassroots, covered;'
          ' per member also coverage and rank)')
print('goal (each app median <= 2 x the hand SQL median and < 5000 ms): %s' % ('met' if goal else 'NOT met'))

slow = [l for l in open(path('slow.log')).read().splitlines() if 'duration:' in l]
print('\napplication statements >= %s ms during the measurement: %d (with parameters in %s)'
      % (slow_ms, len(slow), path('slow.log')))
for l in slow[:12]:
    l = l.split(' LOG:  ', 1)[-1]
    print('  ' + (l[:160] + ' ...' if len(l) > 160 else l))
sys.exit(1 if problems else 0)
EOF
