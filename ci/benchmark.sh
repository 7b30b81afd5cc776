#!/usr/bin/env bash
# Benchmark (README, "Performance"): throughput, public query latency, staff inbox under a flood of wrong
# passwords, deadline scale and heap, on H2 and on PostgreSQL, printed as one table. Not part of mvn verify.
#
#   mvn verify -DskipTests && ci/benchmark.sh
#
# For each database it starts GovFlow from the build (the provisioned WildFly and the EAR) on a fresh database
# with the demo data (PostgreSQL: a throw-away cluster of Debian's binaries, ci/postgres.sh, on loopback), warms
# it up, takes the heap baseline, and runs the phases with ci/Benchmark.java (JDK only), which appends every
# figure to target/benchmark/results.tsv; everything it started is stopped at the end, also on failure.
#
# Settings from the environment, with their defaults:
#   GOVFLOW_BENCH_DBS="h2 postgresql"        databases, in order
#   GOVFLOW_BENCH_PHASES="throughput query deadline"
#                                            (heap is always measured; deadline runs on PostgreSQL only)
#   GOVFLOW_BENCH_HOLD=300                   seconds the highest rate of the ramp must then be held
#   GOVFLOW_BENCH_RAMP_HOLD=30               seconds of each ramp step (rates from GOVFLOW_BENCH_RATES,
#                                            default 0.5,1,2,3,4,5,6,8,10,12,15,20,...,400 cases/s)
#   GOVFLOW_BENCH_DRAIN=90                   seconds a step may take to finish its cases after its arrivals end
#   GOVFLOW_BENCH_QUERY_RATE=50, GOVFLOW_BENCH_QUERY_SECONDS=60     public queries (right password)
#   GOVFLOW_BENCH_FLOOD_RATE=200, GOVFLOW_BENCH_FLOOD_SECONDS=60    wrong-password queries, each from a new address
#   GOVFLOW_BENCH_INBOX_RATE=5               staff inbox calls a second, measured during the flood
#   GOVFLOW_BENCH_DEADLINE_COUNTS=100000,1000000   open steps seeded for the deadline scale
#   GOVFLOW_BENCH_PG_FSYNC=on                PostgreSQL's fsync (on, as in production)
#   GOVFLOW_BENCH_PORT_OFFSET=600            WildFly port offset (HTTP 8680, management 10590)
#   GOVFLOW_BENCH_PG_PORT=6032, GOVFLOW_BENCH_SMTP_PORT=3625 (nothing listens there: mail stays in the outbox)
#   GOVFLOW_BENCH_WORK=target/benchmark      work folder (emptied first): server logs, generator logs, results.tsv
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

dbs=${GOVFLOW_BENCH_DBS:-h2 postgresql}
phases=${GOVFLOW_BENCH_PHASES:-throughput query deadline}
offset=${GOVFLOW_BENCH_PORT_OFFSET:-600}
pg_port=${GOVFLOW_BENCH_PG_PORT:-$((5432 + offset))}
smtp_port=${GOVFLOW_BENCH_SMTP_PORT:-$((3025 + offset))}
http_port=$((8080 + offset))
mgmt_port=$((9990 + offset))
base="http://127.0.0.1:$http_port"
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/govflow"

home=$(ls -d "$root"/wildfly-config/target/wildfly-*/ 2>/dev/null | head -n 1)
ear="$root/ear/target/govflow.ear"
if [[ -z "$home" || ! -f "$home/standalone/configuration/standalone-govflow-postgresql.xml" || ! -f "$ear" ]]; then
    echo "[benchmark] build GovFlow first: mvn verify -DskipTests" >&2
    exit 2
fi
home=${home%/}
driver=$(ls "$home"/modules/org/postgresql/main/postgresql-*.jar | head -n 1)
work=${GOVFLOW_BENCH_WORK:-$root/target/benchmark}
results="$work/results.tsv"
log() { echo "[benchmark] $(date -u +%H:%M:%S) $*"; }

# The generator's settings, as system properties of ci/Benchmark.java
bench_props=(
    -Dbench.hold="${GOVFLOW_BENCH_HOLD:-300}"
    -Dbench.rampHold="${GOVFLOW_BENCH_RAMP_HOLD:-30}"
    -Dbench.drain="${GOVFLOW_BENCH_DRAIN:-90}"
    -Dbench.rates="${GOVFLOW_BENCH_RATES:-}"
    -Dbench.queryRate="${GOVFLOW_BENCH_QUERY_RATE:-50}"
    -Dbench.querySeconds="${GOVFLOW_BENCH_QUERY_SECONDS:-60}"
    -Dbench.floodRate="${GOVFLOW_BENCH_FLOOD_RATE:-200}"
    -Dbench.floodSeconds="${GOVFLOW_BENCH_FLOOD_SECONDS:-60}"
    -Dbench.inboxRate="${GOVFLOW_BENCH_INBOX_RATE:-5}"
    -Dbench.deadlineCounts="${GOVFLOW_BENCH_DEADLINE_COUNTS:-100000,1000000}"
)

if [[ -f "$work/postgresql/data/postmaster.pid" ]]; then
    "$root/ci/postgres.sh" stop "$work/postgresql" || true
fi
rm -rf "$work"
mkdir -p "$work"
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')

# One figure of the shell's own (heap, start time), in the generator's format
figure() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; log "RESULT $1 $2 = $3${4:+ ($4)}"; }

print_table() {
    echo
    echo "== GovFlow benchmark, $started_at =="
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) memory; $(java -version 2>&1 | head -n 1); the load generator runs on the same machine"
    echo "settings: hold ${GOVFLOW_BENCH_HOLD:-300} s, ramp steps ${GOVFLOW_BENCH_RAMP_HOLD:-30} s, PostgreSQL fsync ${GOVFLOW_BENCH_PG_FSYNC:-on}, server heap -Xmx1g"
    if [[ -s "$results" ]]; then
        { printf 'db\tfigure\tvalue\tnote\n'; cat "$results"; } | column -t -s $'\t'
    else
        echo "(no figures)"
    fi
}

server_wrapper=""; pid=""
stop_server() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
    fi
    if [[ -n "$server_wrapper" ]]; then wait "$server_wrapper" 2>/dev/null || true; fi
    server_wrapper=""; pid=""
}
cleanup() {
    local status=$?
    set +e
    stop_server
    "$root/ci/postgres.sh" stop "$work/postgresql" >/dev/null 2>&1
    print_table
    if ((status != 0)); then
        log "stopped with status $status; the table holds what was measured before"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() { # <db> <server base>
    local db=$1 server_base=$2 config=standalone-govflow.xml
    local -a db_props=()
    if [[ $db == postgresql ]]; then
        config=standalone-govflow-postgresql.xml
        db_props=(-Dgovflow.db.url="$jdbc")
    fi
    mkdir -p "$server_base/deployments"
    cp -r "$home/standalone/configuration" "$server_base/"
    rm -rf "$server_base/configuration/standalone_xml_history"
    cp "$ear" "$server_base/deployments/"
    rm -f "$server_base/server.pid"
    local t0=$SECONDS
    GOVFLOW_TRUSTED_PROXIES=127.0.0.1 JBOSS_PIDFILE="$server_base/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC" \
        "$home/bin/standalone.sh" -c "$config" \
        -Djboss.server.base.dir="$server_base" -Djboss.socket.binding.port-offset="$offset" \
        -Dgovflow.demo-data=true -Djboss.mail.server.port="$smtp_port" "${db_props[@]}" \
        >>"$server_base/console.log" 2>&1 &
    server_wrapper=$!
    until curl -sf -o /dev/null "$base/api/v1/departments"; do
        if ((SECONDS - t0 >= 400)) || ! kill -0 "$server_wrapper" 2>/dev/null; then
            log "the server did not come up; see $server_base/console.log and $server_base/log/server.log"
            exit 1
        fi
        sleep 2
    done
    pid=$(cat "$server_base/server.pid")
    figure "$db" "server start (empty database, demo data)" "$((SECONDS - t0)) s" "to the first REST answer"
    # the deadline watch logs each pass at FINE when it changed nothing; the benchmark reads those lines
    "$home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$mgmt_port" \
        --command="/subsystem=logging/logger=org.govflow.deadline.DeadlineWatch:add(level=FINE)" >/dev/null \
        || log "could not set the deadline watch's log level to FINE: only passes that change something are logged"
}

heap_used_mb() { # used heap of the server in MiB, from jcmd GC.heap_info
    jcmd "$pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1 | awk '{printf "%.0f", $1 / 1024}'
}
heap_after_gc_mb() {
    jcmd "$pid" GC.run >/dev/null
    sleep 2
    heap_used_mb
}

bench() { # <command> <db> [args...]
    local command=$1 db=$2
    shift 2
    java -cp "$driver" "${bench_props[@]}" -Dbench.serverPid="$pid" "$root/ci/Benchmark.java" \
        "$command" "$base" "$work" "$db" "$@" 2>&1 | tee -a "$work/$db-generator.log"
    return "${PIPESTATUS[0]}"
}

has_phase() { [[ " $phases " == *" $1 "* ]]; }

for db in $dbs; do
    log "== $db =="
    if [[ $db == postgresql ]]; then
        GOVFLOW_PG_FSYNC=${GOVFLOW_BENCH_PG_FSYNC:-on} "$root/ci/postgres.sh" start "$work/postgresql" "$pg_port"
    fi
    server_base="$work/$db/server-base"
    start_server "$db" "$server_base"

    bench warmup "$db"
    baseline=$(heap_after_gc_mb)
    figure "$db" "heap: baseline (after warm-up and a full GC)" "$baseline MiB" "jcmd GC.heap_info"

    # a phase that fails is reported and the next one runs
    if has_phase throughput; then
        bench throughput "$db" || log "the throughput phase on $db failed"
    fi
    if has_phase query; then
        bench query "$db" || log "the query phase on $db failed"
    fi
    before_gc=$(heap_used_mb)
    after_gc=$(heap_after_gc_mb)
    figure "$db" "heap: after the run / after a full GC" "$before_gc MiB / $after_gc MiB" \
        "baseline $baseline MiB; after GC $((after_gc - baseline)) MiB above it"

    if [[ $db == postgresql ]] && has_phase deadline; then
        bench deadline "$db" "$jdbc" "$server_base/log/server.log" || log "the deadline phase failed"
        figure "$db" "heap: after the deadline scale / after a full GC" "$(heap_used_mb) MiB / $(heap_after_gc_mb) MiB" \
            "baseline $baseline MiB"
    fi

    stop_server
    if [[ $db == postgresql ]]; then
        "$root/ci/postgres.sh" stop "$work/postgresql"
    fi
done
log "done"
