#!/usr/bin/env bash
# Alert latency of live tracing: from an event's decisive reading (the one after which the detector raises or grows
# the event; alerts name it in "trigger") to its alert on steward/<park>/alerts, with 1,000 sensors publishing one
# reading a second each, against the plain MQTT round trip on the same broker in the same run, and the same pipeline
# with 10 sensors. mosquitto → steward-node serve (sensor ingest → Derby network server, live tracing) → alerts.
# Usage: releng/benchmarks/alert-latency-benchmark.sh [measureSeconds] [sensors ...]   (default 240 s; 10 1000)
# Needs the built node distribution (./mvnw -o verify -DskipTests -pl releng/org.steward.workbench.product,releng/org.steward.node.dist -am: the node takes its wrapped bundles from the product repository) and mosquitto.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
measure=${1:-240}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10 1000)
warmup=60       # wall seconds (= readings per sensor) before the first discharge: the detector's warm-up is 30
step=60         # data seconds between two readings of a sensor: 1 reading/s/sensor is 60x real time
quiet=180       # closeAfterQuietSeconds (data time): events close 3 readings after their last abnormal one
dist=releng/org.steward.node.dist/target/steward-node
[[ -x $dist/bin/steward-node ]] || { echo "build the node first: ./mvnw -o verify -DskipTests -pl releng/org.steward.workbench.product,releng/org.steward.node.dist -am" >&2; exit 2; }
ls "$dist"/bundles/io.moquette.broker_*.jar > /dev/null 2>&1 || { echo "the node distribution lacks the wrapped bundles: build it with the product (see above)" >&2; exit 2; }
[[ -x /usr/sbin/mosquitto ]] || { echo "mosquitto is not installed: releng/scripts/install-deps.sh" >&2; exit 2; }
tracing=bundles/org.steward.tracing/target/classes
[[ -d $tracing/org ]] || { echo "build org.steward.tracing first" >&2; exit 2; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
mq=$(free); db=$(free)
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\nmax_inflight_messages 0\n' "$mq" > "$work/mosquitto.conf"
/usr/sbin/mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
pids+=($!)
cp -r "$dist" "$work/dbnode"
STEWARD_NODE_RUN="$work/run-db" STEWARD_NODE_OPTS="-Dderby.system.home=$work/derby" "$work/dbnode/bin/steward-node" store server start --port "$db" > "$work/db.out" 2> "$work/db.err" &
pids+=($!)
for _ in $(seq 150); do grep -q listening "$work/db.out" 2>/dev/null && break; sleep 0.2; done
grep -q listening "$work/db.out" || { echo "the Derby network server did not start:" >&2; tail -5 "$work/db.err" >&2; exit 1; }
repo="$HOME/.m2/repository"
cp="$repo/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar"
cp="$cp:$repo/org/apache/derby/derbyclient/10.17.1.0/derbyclient-10.17.1.0.jar:$repo/org/apache/derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar"
cp="$cp:$tracing"
bench() { "$JAVA_HOME/bin/java" -cp "$cp" releng/benchmarks/alert-latency/AlertLatencyBenchmark.java "$@"; }
echo "machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  park="bench$n"
  bench prepare "$work/net$n" "$n"
  cp -r "$dist" "$work/node$n"
  printf 'mode=server\nhost=127.0.0.1\nport=%s\ndatabase=%s\n' "$db" "$park" > "$work/node$n/conf/org.steward.store.cfg"
  printf 'park=%s\nnetwork=%s\nbrokerUri=tcp://127.0.0.1:%s\nclientId=latency-node-%s\ncloseAfterQuietSeconds=%s\n' \
    "$park" "$work/net$n/park.inp" "$mq" "$n" "$quiet" > "$work/node$n/conf/org.steward.tracing.live.cfg"
  STEWARD_NODE_OPTS="-Xmx1g" "$work/node$n/bin/steward-node" serve > "$work/serve$n.out" 2> "$work/serve$n.err" &
  node=$!
  pids+=($node)
  for _ in $(seq 150); do grep -q serving "$work/serve$n.out" 2>/dev/null && break; sleep 0.2; done
  grep -q serving "$work/serve$n.out" || { echo "steward-node serve did not start:" >&2; tail -5 "$work/serve$n.err" >&2; exit 1; }
  sleep 3
  echo "-- $n sensors: ${warmup} s warm-up, ${measure} s measured"
  bench run "tcp://127.0.0.1:$mq" "jdbc:derby://127.0.0.1:$db/$park" "$park" "$work/net$n" "$warmup" "$measure" "$step" "$quiet" "$work/results.txt" \
    || { echo "--- serve stderr"; tail -20 "$work/serve$n.err"; exit 1; }
  kill "$node" 2>/dev/null || true
  wait "$node" 2>/dev/null || true
done
bench table "$work/results.txt"
