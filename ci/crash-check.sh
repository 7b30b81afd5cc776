#!/usr/bin/env bash
# Crash check on PostgreSQL (README, "Crash safety"): starts GovFlow on a throw-away PostgreSQL cluster with
# a GreenMail SMTP server, runs concurrent clients that submit, accept and pass cases over REST while the
# WildFly process is killed with SIGKILL several times and restarted, then checks the invariants with
# ci/CrashCheck.java. Exit status 0 when every invariant holds.
#
# Needs a build (mvn verify -DskipTests) and PostgreSQL's server binaries (see ci/postgres.sh).
# Settings from the environment, with their defaults:
#   GOVFLOW_CRASH_KILLS=4            how many times the server is killed, each time once the clients have
#                                    had 5 more acceptances or passes acknowledged since it came up
#   GOVFLOW_CRASH_CLIENTS=3          window clients and as many approver clients
#   GOVFLOW_CRASH_PORT_OFFSET=200    WildFly port offset (HTTP 8080+offset, management 9990+offset)
#   GOVFLOW_CRASH_PG_PORT, GOVFLOW_CRASH_SMTP_PORT, GOVFLOW_CRASH_MAIL_API_PORT: 5432, 3025, 8025 + offset
#   GOVFLOW_CRASH_MAIL_WAIT=420      seconds to wait for the outbox to drain (a mail claimed by a killed
#                                    server is retried after the outbox's 5-minute claim timeout)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

kills=${GOVFLOW_CRASH_KILLS:-4}
clients=${GOVFLOW_CRASH_CLIENTS:-3}
offset=${GOVFLOW_CRASH_PORT_OFFSET:-200}
pg_port=${GOVFLOW_CRASH_PG_PORT:-$((5432 + offset))}
smtp_port=${GOVFLOW_CRASH_SMTP_PORT:-$((3025 + offset))}
api_port=${GOVFLOW_CRASH_MAIL_API_PORT:-$((8025 + offset))}
http_port=$((8080 + offset))

home=$(ls -d "$root"/wildfly-config/target/wildfly-*/ 2>/dev/null | head -n 1)
ear="$root/ear/target/govflow.ear"
if [[ -z "$home" || ! -f "$home/standalone/configuration/standalone-govflow-postgresql.xml" || ! -f "$ear" ]]; then
    echo "[crash-check] build GovFlow first: mvn verify -DskipTests" >&2
    exit 2
fi
home=${home%/}
driver=$(ls "$home"/modules/org/postgresql/main/postgresql-*.jar | head -n 1)
work="$root/target/crash-check"
jdbc="jdbc:postgresql://127.0.0.1:$pg_port/govflow"
base="http://127.0.0.1:$http_port"
log() { echo "[crash-check] $(date -u +%H:%M:%S) $*"; }

# A fresh work folder outside any module, so that mvn clean of a module does not touch a running check
if [[ -f "$work/postgresql/data/postmaster.pid" ]]; then
    "$root/ci/postgres.sh" stop "$work/postgresql" || true
fi
rm -rf "$work"
mkdir -p "$work/server-base/deployments"
cp -r "$home/standalone/configuration" "$work/server-base/"
rm -rf "$work/server-base/configuration/standalone_xml_history"
cp "$ear" "$work/server-base/deployments/"

greenmail_version=$(sed -n 's:.*<version.greenmail>\(.*\)</version.greenmail>.*:\1:p' "$root/pom.xml")
(cd "$root" && mvn -q -B -N dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$greenmail_version" \
    -DoutputDirectory="$work" -Dmdep.stripVersion=true)

server_wrapper=""; greenmail=""; load=""
cleanup() {
    set +e
    [[ -n "$load" ]] && touch "$work/stop" && wait "$load"
    if [[ -f "$work/server.pid" ]] && kill -0 "$(cat "$work/server.pid")" 2>/dev/null; then
        kill "$(cat "$work/server.pid")"
        [[ -n "$server_wrapper" ]] && wait "$server_wrapper"
    fi
    [[ -n "$greenmail" ]] && kill "$greenmail" && wait "$greenmail"
    "$root/ci/postgres.sh" stop "$work/postgresql"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# fsync stays on: this cluster is meant to keep what it acknowledged
GOVFLOW_PG_FSYNC=on "$root/ci/postgres.sh" start "$work/postgresql" "$pg_port"

java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" \
    -jar "$work/greenmail-standalone.jar" >"$work/greenmail.log" 2>&1 &
greenmail=$!

start_server() {
    rm -f "$work/server.pid"
    JBOSS_PIDFILE="$work/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC" \
        "$home/bin/standalone.sh" -c standalone-govflow-postgresql.xml \
        -Djboss.server.base.dir="$work/server-base" -Djboss.socket.binding.port-offset="$offset" \
        -Dgovflow.db.url="$jdbc" -Dgovflow.demo-data=true -Djboss.mail.server.port="$smtp_port" \
        >>"$work/server-console.log" 2>&1 &
    server_wrapper=$!
    local waited=0
    until curl -sf -o /dev/null "$base/api/v1/departments"; do
        if ((waited >= 300)) || ! kill -0 "$server_wrapper" 2>/dev/null; then
            log "the server did not come up; see $work/server-console.log"
            exit 1
        fi
        sleep 2; waited=$((waited + 2))
    done
    log "server up (pid $(cat "$work/server.pid")) after ${waited}s"
}

kill_server() {
    local pid
    pid=$(cat "$work/server.pid")
    kill -KILL "$pid"
    wait "$server_wrapper" 2>/dev/null || true
    log "killed the server (SIGKILL to pid $pid)"
}

start_server
java -cp "$driver" "$root/ci/CrashCheck.java" load "$base" "$jdbc" "$work" "$clients" >"$work/load.log" 2>&1 &
load=$!
# Each kill comes while the clients are busy: once they have had a few more acceptances or passes
# acknowledged since the restart (or after 3 minutes), at a random moment up to 5 s later
acknowledged() {
    if [[ -f "$work/acks" ]]; then grep -cE '^(ACCEPTED|PASSED) ' "$work/acks" || true; else echo 0; fi
}
for ((round = 1; round <= kills; round++)); do
    before=$(acknowledged); waited=0
    while (($(acknowledged) < before + 5 && waited < 180)); do
        sleep 1; waited=$((waited + 1))
    done
    sleep $((RANDOM % 6))
    kill_server
    start_server
done
before=$(acknowledged); waited=0
while (($(acknowledged) < before + 5 && waited < 180)); do
    sleep 1; waited=$((waited + 1))
done
touch "$work/stop"
wait "$load"; load=""
cat "$work/load.log"

# Let the outbox send what is still pending (every 10 s; a claim of a killed server expires after 5 minutes)
waited=0
until [[ $(java -cp "$driver" "$root/ci/CrashCheck.java" pending "$base" "$jdbc" "$work" 0) == 0 ]]; do
    if ((waited >= ${GOVFLOW_CRASH_MAIL_WAIT:-420})); then
        log "mail still pending after ${waited}s"
        break
    fi
    sleep 10; waited=$((waited + 10))
done

log "checking the invariants"
java -cp "$driver" "$root/ci/CrashCheck.java" verify "$base" "$jdbc" "$work" "http://127.0.0.1:$api_port"
log "every invariant holds after $kills kills"
