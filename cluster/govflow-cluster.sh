#!/usr/bin/env bash
# A GovFlow cluster on one machine, on loopback: a throw-away PostgreSQL, GreenMail standing in for the centre's
# mailbox, two (or more) WildFly nodes in the HA profile and WildFly's own load balancer (mod_cluster) in front.
#
#   cluster/govflow-cluster.sh start        start everything (node 1 first: it migrates and seeds the database)
#   cluster/govflow-cluster.sh stop         stop everything and remove nothing (the state folder stays for reading)
#   cluster/govflow-cluster.sh status       what runs, with its ports
#   cluster/govflow-cluster.sh kill N       SIGKILL node N (a crash, no shutdown hooks)
#   cluster/govflow-cluster.sh start-node N start node N again (also a rolling restart: stop-node, then start-node)
#   cluster/govflow-cluster.sh stop-node N  shut node N down cleanly
#
# Build first: mvn -Pcluster package -DskipTests (the EAR, and standalone-govflow-ha.xml and
# standalone-govflow-balancer.xml in wildfly-config's server). Ports are the base ports shifted by an offset:
# node N by GOVFLOW_CLUSTER_OFFSET + 10 * N (HTTP 8080 + offset), the balancer by GOVFLOW_CLUSTER_OFFSET + 90.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
server_home=${GOVFLOW_SERVER_HOME:-$(ls -d "$root"/wildfly-config/target/wildfly-* 2>/dev/null | head -n 1)}
ear=${GOVFLOW_EAR:-$root/ear/target/govflow.ear}
state=${GOVFLOW_CLUSTER_DIR:-$root/target/cluster}
nodes=${GOVFLOW_CLUSTER_NODES:-2}
offset=${GOVFLOW_CLUSTER_OFFSET:-800}
pg_port=${GOVFLOW_CLUSTER_PG_PORT:-$((5432 + offset + 50))}
smtp_port=${GOVFLOW_CLUSTER_SMTP_PORT:-$((3025 + offset + 50))}
mail_api_port=${GOVFLOW_CLUSTER_MAIL_API_PORT:-$((8025 + offset + 50))}
balancer_offset=$((offset + 90))
balancer_http=$((8080 + balancer_offset))
balancer_mcmp=$((8090 + balancer_offset))
postgres_sh="$root/ci/postgres.sh"

log() { echo "[govflow-cluster] $*"; }
die() { echo "[govflow-cluster] $*" >&2; exit 1; }

node_offset() { echo $((offset + 10 * $1)); }
node_http() { echo $((8080 + $(node_offset "$1"))); }
node_management() { echo $((9990 + $(node_offset "$1"))); }

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until a URL answers 2xx, or gives up after $2 seconds
wait_for() {
    local url=$1 seconds=$2 pidfile=${3:-}
    for ((i = 0; i < seconds; i++)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        if ((i > 5)) && [[ -n "$pidfile" ]] && ! alive "$pidfile"; then
            return 1 # died (the wrapper writes the pid file a moment after it starts)
        fi
        sleep 1
    done
    return 1
}

check_built() {
    [[ -n "$server_home" && -d "$server_home" ]] || die "no server in wildfly-config/target: mvn -Pcluster package -DskipTests"
    [[ -f "$server_home/standalone/configuration/standalone-govflow-ha.xml" ]] \
        || die "no cluster configuration: mvn -Pcluster package -DskipTests"
    [[ -f "$ear" ]] || die "no $ear: mvn -Pcluster package -DskipTests"
    [[ -x "$postgres_sh" ]] || die "no $postgres_sh (the test suite's PostgreSQL script)"
}

# A server's own base folder (configuration, deployments, data, log) under the state folder
prepare_base() {
    local base=$1 config=$2
    mkdir -p "$base/configuration" "$base/deployments" "$base/log" "$base/data"
    cp "$server_home/standalone/configuration/$config" "$server_home"/standalone/configuration/*.properties \
        "$base/configuration/"
}

start_mail() {
    local pidfile="$state/greenmail.pid"
    if alive "$pidfile"; then
        return
    fi
    local jar="$root/wildfly-config/target/greenmail/greenmail-standalone.jar"
    [[ -f "$jar" ]] || die "no $jar: mvn -Pcluster package -DskipTests"
    java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
        -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$mail_api_port" \
        -jar "$jar" >"$state/greenmail.log" 2>&1 &
    echo $! >"$pidfile"
    wait_for "http://127.0.0.1:$mail_api_port/api/service/readiness" 30 "$pidfile" \
        || die "GreenMail did not start, see $state/greenmail.log"
    log "GreenMail: SMTP 127.0.0.1:$smtp_port, API http://127.0.0.1:$mail_api_port/"
}

start_balancer() {
    local base="$state/balancer" pidfile="$state/balancer.pid"
    if alive "$pidfile"; then
        return
    fi
    prepare_base "$base" standalone-govflow-balancer.xml
    JBOSS_PIDFILE="$pidfile" LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms64m -Xmx256m -Djava.net.preferIPv4Stack=true" \
        "$server_home/bin/standalone.sh" -c standalone-govflow-balancer.xml -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="$balancer_offset" >"$base/log/console.log" 2>&1 &
    for ((i = 0; i < 60; i++)); do
        if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$balancer_http/"; then
            log "balancer: http://127.0.0.1:$balancer_http/ (MCMP 127.0.0.1:$balancer_mcmp)"
            return
        fi
        sleep 1
    done
    die "the balancer did not start, see $base/log/console.log"
}

# Starts node N and waits until GovFlow answers on it (a first start also migrates and seeds the database)
start_node() {
    local n=$1 base="$state/node$1" pidfile="$state/node$1.pid"
    if alive "$pidfile"; then
        log "node$n already runs"
        return
    fi
    if [[ ! -d "$base/configuration" ]]; then
        prepare_base "$base" standalone-govflow-ha.xml
        cp "$ear" "$base/deployments/"
    fi
    GOVFLOW_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/govflow" GOVFLOW_DB_USER=govflow GOVFLOW_DB_PASSWORD=govflow \
    GOVFLOW_SMTP_HOST=127.0.0.1 GOVFLOW_SMTP_PORT="$smtp_port" \
    GOVFLOW_PUBLIC_URL="http://127.0.0.1:$balancer_http" GOVFLOW_BALANCER_MCMP_PORT="$balancer_mcmp" \
    GOVFLOW_COMPLAINT_HOURLY_LIMIT="${GOVFLOW_COMPLAINT_HOURLY_LIMIT:-1000}" \
    JBOSS_PIDFILE="$pidfile" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms256m -Xmx${GOVFLOW_CLUSTER_NODE_HEAP:-768m} -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8" \
        "$server_home/bin/standalone.sh" -c standalone-govflow-ha.xml -Djboss.server.base.dir="$base" \
        -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
        -Djboss.socket.binding.port-offset="$(node_offset "$n")" -Dgovflow.demo-data=true \
        >"$base/log/console.log" 2>&1 &
    local started=$SECONDS
    wait_for "http://127.0.0.1:$(node_http "$n")/api/v1/departments" 420 "$pidfile" \
        || die "node$n did not come up, see $base/log/server.log"
    log "node$n: http://127.0.0.1:$(node_http "$n")/ up after $((SECONDS - started)) s"
}

stop_server() {
    local name=$1 management=$2 pidfile="$state/$1.pid"
    if ! alive "$pidfile"; then
        rm -f "$pidfile"
        return
    fi
    "$server_home/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command=:shutdown \
        >/dev/null 2>&1 || kill "$(cat "$pidfile")" 2>/dev/null || true
    for ((i = 0; i < 30; i++)); do
        alive "$pidfile" || break
        sleep 1
    done
    if alive "$pidfile"; then
        kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    fi
    rm -f "$pidfile"
    log "$name stopped"
}

cmd=${1:-}
case "$cmd" in
start)
    check_built
    mkdir -p "$state"
    "$postgres_sh" start "$state/postgres" "$pg_port"
    start_mail
    start_balancer
    for ((n = 1; n <= nodes; n++)); do
        start_node "$n"
    done
    log "GovFlow through the balancer: http://127.0.0.1:$balancer_http/"
    ;;
stop)
    for pidfile in "$state"/node*.pid; do
        [[ -e "$pidfile" ]] || continue
        n=$(basename "$pidfile" .pid)
        n=${n#node}
        stop_server "node$n" "$(node_management "$n")"
    done
    stop_server balancer $((9990 + balancer_offset))
    if alive "$state/greenmail.pid"; then
        kill "$(cat "$state/greenmail.pid")"
        log "GreenMail stopped"
    fi
    rm -f "$state/greenmail.pid"
    if [[ -x "$postgres_sh" ]]; then
        "$postgres_sh" stop "$state/postgres"
    fi
    ;;
status)
    for pidfile in "$state"/*.pid; do
        [[ -e "$pidfile" ]] || continue
        if alive "$pidfile"; then echo "$(basename "$pidfile" .pid): running, pid $(cat "$pidfile")"; \
            else echo "$(basename "$pidfile" .pid): not running"; fi
    done
    echo "balancer http://127.0.0.1:$balancer_http/  PostgreSQL 127.0.0.1:$pg_port  mail API http://127.0.0.1:$mail_api_port/"
    ;;
kill)
    n=${2:?node number}
    alive "$state/node$n.pid" || die "node$n does not run"
    kill -9 "$(cat "$state/node$n.pid")"
    rm -f "$state/node$n.pid"
    log "node$n killed (SIGKILL)"
    ;;
start-node)
    check_built
    start_node "${2:?node number}"
    ;;
stop-node)
    n=${2:?node number}
    stop_server "node$n" "$(node_management "$n")"
    ;;
*)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac
