#!/usr/bin/env bash
# End-to-end ingest benchmark: mosquitto → steward-node serve (sensor ingest, batches committed then acknowledged)
# → Derby network server, at QoS 1, against a plain Paho subscriber that only counts, in the same run.
# Usage: releng/benchmarks/ingest-benchmark.sh [readings] [sensors]   (needs the built node distribution and mosquitto)
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
n=${1:-100000}
sensors=${2:-1000}
dist=releng/org.steward.node.dist/target/steward-node
[[ -x $dist/bin/steward-node ]] || { echo "build the node first: ./mvnw -o verify -pl releng/org.steward.node.dist -am" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
free() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
mq=$(free); db=$(free)
printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\nmax_inflight_messages 0\n' "$mq" > "$work/mosquitto.conf"
/usr/sbin/mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
cp -r "$dist" "$work/node"
STEWARD_NODE_RUN="$work/run-db" STEWARD_NODE_OPTS="-Dderby.system.home=$work/derby" "$work/node/bin/steward-node" store server start --port "$db" > "$work/db.out" 2> "$work/db.err" &
for _ in $(seq 100); do grep -q listening "$work/db.out" 2>/dev/null && break; sleep 0.2; done
printf 'mode=server\nhost=127.0.0.1\nport=%s\ndatabase=bench\n' "$db" > "$work/node/conf/org.steward.store.cfg"
printf 'brokerUri=tcp://127.0.0.1:%s\nclientId=bench-node\ntopicFilter=steward/+/+/+\nbatchSize=2000\nmaxInflight=10000\nmaxReadingsPerSensorSecond=0\n' "$mq" > "$work/node/conf/org.steward.sensor.ingest.cfg"
STEWARD_NODE_OPTS="-Xmx1g" "$work/node/bin/steward-node" serve > "$work/serve.out" 2> "$work/serve.err" &
for _ in $(seq 150); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
sleep 3
repo="$HOME/.m2/repository"
cp="$repo/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar"
cp="$cp:$repo/org/apache/derby/derbyclient/10.17.1.0/derbyclient-10.17.1.0.jar:$repo/org/apache/derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar"
echo "machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
"$JAVA_HOME/bin/java" -cp "$cp" releng/benchmarks/ingest/IngestBenchmark.java "tcp://127.0.0.1:$mq" \
  "jdbc:derby://127.0.0.1:$db/bench" "$n" "$sensors" || { echo "--- serve stderr"; tail -20 "$work/serve.err"; exit 1; }
