#!/usr/bin/env bash
# The cluster's failover check (see README, "Cluster"): starts a fresh two-node cluster on loopback, runs
# cluster/failover_check.py through its balancer, and stops the cluster whatever happened. Needs a build with
# the cluster profile (mvn -Pcluster package or verify); builds it first where it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f ear/target/govflow.ear ]]; then
    mvn -B -ntp -q -Pcluster package -DskipTests
elif ! ls wildfly-config/target/wildfly-*/standalone/configuration/standalone-govflow-ha.xml >/dev/null 2>&1; then
    mvn -B -ntp -q -Pcluster -pl wildfly-config process-resources
fi

trap 'cluster/govflow-cluster.sh stop' EXIT
rm -rf target/cluster
started=$SECONDS
cluster/govflow-cluster.sh start
echo "[failover-check] cluster up in $((SECONDS - started)) s"
python3 cluster/failover_check.py
