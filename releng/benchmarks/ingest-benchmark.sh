#!/usr/bin/env bash
# End-to-end ingest benchmark: mosquitto → steward-node serve (sensor ingest, batches committed then acknowledged)
# → store, at QoS 1, against a plain Paho subscriber that only counts, in the same run.
# Usage: releng/benchmarks/ingest-benchmark.sh [--mode live|backlog|restart] [--store server|embedded|both] [--mqtt 3|5] [--jfr FILE]
#                                              [readings] [sensors]
#   --mode live       the subscriber (baseline, then the node) is connected while the publisher sends (default); on a
#                     small machine the publisher competes with the subscriber for the CPU
#   --mode backlog    the broker queues the readings while the subscriber is away (persistent session, clean session
#                     off, QoS 1), then the subscriber comes back and drains them: the baseline disconnects and
#                     reconnects; the node, warmed up by ingesting as many readings first, has its ingest paused and
#                     resumed (its .cfg moved out of deploy/ and back); rates are measured from the first reading
#                     received/stored to the last
#   --mode restart    as backlog, but the node is stopped (SIGTERM) and started again on the same store: catching up
#                     after a restart, with a cold JVM (its start-up is not counted, its JIT compiler is)
#   --store server    the node writes to a Derby network server (a second node process), as before (default)
#   --store embedded  the node writes to its default embedded Derby; the benchmark counts rows through a Derby
#                     network server started inside the node's JVM (derby.drda.startNetworkServer)
#   --store both      one run of each, one after the other, each with its own baseline
#   --mqtt 5          the node's ingest speaks MQTT 5 (mqttVersion=5); default 3.1.1
#   --jfr FILE        record the node with Java Flight Recorder into FILE (profiling; slows it a little)
# STEWARD_NODE_DIST=<folder> benchmarks another built node distribution (e.g. a copy of an older build);
# BENCH_WARMUP=<readings> the node's warm-up drain in backlog mode (default: readings, at least 300,000);
# BENCH_INGEST="key=value ..." adds settings to the node's ingest configuration, e.g. BENCH_INGEST="writers=1";
# BENCH_KEEP=1 keeps the run's folders (node logs, mosquitto log, databases) for a look afterwards;
# BENCH_JVM_OPTS="..." adds JVM options to the node and the Derby server, e.g. -Dderby.storage.pageCacheSize=8000.
# Needs the built node distribution and mosquitto.
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
store=server mqtt=3 jfr= bench_mode=live
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --mode) bench_mode=$2; shift 2 ;;
    --store) store=$2; shift 2 ;;
    --mqtt) mqtt=$2; shift 2 ;;
    --jfr) jfr=$(readlink -f "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case $store in server|embedded|both) ;; *) echo "--store must be server, embedded or both" >&2; exit 2 ;; esac
case $bench_mode in live|backlog|restart) ;; *) echo "--mode must be live, backlog or restart" >&2; exit 2 ;; esac
n=${1:-300000} # a drain of several seconds: a sustained rate, not the JIT compiler's last bursts
sensors=${2:-1000}
dist=${STEWARD_NODE_DIST:-releng/org.steward.node.dist/target/steward-node}
[[ -x $dist/bin/steward-node ]] || { echo "build the node first: ./mvnw -o verify -pl releng/org.steward.node.dist -am -DskipTests" >&2; exit 2; }
repo="$HOME/.m2/repository"
cp="$repo/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar"
cp="$cp:$repo/org/apache/derby/derbyclient/10.17.1.0/derbyclient-10.17.1.0.jar:$repo/org/apache/derby/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar"
free() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
echo "machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"

works=()
cleanup() {
  local w
  for w in "${works[@]}"; do [[ -f $w/node.pid ]] && kill "$(cat "$w/node.pid")" 2>/dev/null || true; done
  kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; [[ -n ${BENCH_KEEP:-} ]] || rm -rf "${works[@]}"; works=()
}
trap cleanup EXIT

# One run: $1 = server or embedded.
run() {
  local mode=$1 work mq db jdbc opts db_pid=-1
  work=$(mktemp -d); works+=("$work")
  mq=$(free); db=$(free)
  printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\nmax_inflight_messages 0\n' "$mq" > "$work/mosquitto.conf"
  /usr/sbin/mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
  cp -r "$dist" "$work/node"
  opts="-Xmx1g ${BENCH_JVM_OPTS:-}"
  if [[ $mode == server ]]; then
    STEWARD_NODE_RUN="$work/run-db" STEWARD_NODE_OPTS="-Dderby.system.home=$work/derby ${BENCH_JVM_OPTS:-}" "$work/node/bin/steward-node" store server start --port "$db" > "$work/db.out" 2> "$work/db.err" &
    db_pid=$!
    for _ in $(seq 100); do grep -q listening "$work/db.out" 2>/dev/null && break; sleep 0.2; done
    printf 'mode=server\nhost=127.0.0.1\nport=%s\ndatabase=bench\n' "$db" > "$work/node/conf/org.steward.store.cfg"
    jdbc="jdbc:derby://127.0.0.1:$db/bench"
  else
    printf 'mode=embedded\npath=%s\n' "$work/embedded-db" > "$work/node/conf/org.steward.store.cfg"
    opts="$opts -Dderby.drda.startNetworkServer=true -Dderby.drda.host=127.0.0.1 -Dderby.drda.portNumber=$db"
    jdbc="jdbc:derby://127.0.0.1:$db/$work/embedded-db"
  fi
  [[ -n $jfr ]] && opts="$opts -XX:-AutoCreateSharedArchive -XX:StartFlightRecording=filename=${jfr%.jfr}-$mode.jfr,settings=${JFR_SETTINGS:-profile},dumponexit=true"
  # backlog mode pauses the node's ingest by moving its configuration out of deploy/ (applied at run time)
  local ingest_cfg=$work/node/conf/org.steward.sensor.ingest.cfg
  [[ $bench_mode == backlog ]] && ingest_cfg=$work/node/deploy/org.steward.sensor.ingest.cfg
  printf 'brokerUri=tcp://127.0.0.1:%s\nclientId=bench-node\ntopicFilter=steward/+/+/+\nbatchSize=2000\nmaxInflight=10000\nmaxReadingsPerSensorSecond=0\n' "$mq" > "$ingest_cfg"
  [[ $mqtt == 5 ]] && echo 'mqttVersion=5' >> "$ingest_cfg"
  [[ -n ${BENCH_INGEST:-} ]] && tr ' ' '\n' <<< "$BENCH_INGEST" >> "$ingest_cfg"
  STEWARD_NODE_OPTS="$opts" "$work/node/bin/steward-node" serve > "$work/serve.out" 2> "$work/serve.err" &
  local node_pid=$!
  # restart mode: the benchmark stops the node and starts it again with this script (same options, same store)
  printf 'echo $$ > %q\nSTEWARD_NODE_OPTS=%q exec %q serve >> %q 2>> %q\n' "$work/node.pid" "$opts" "$work/node/bin/steward-node" \
    "$work/serve.out" "$work/serve.err" > "$work/start-node.sh"
  for _ in $(seq 150); do grep -q serving "$work/serve.out" 2>/dev/null && break; sleep 0.2; done
  sleep 3
  echo "--- mode: $bench_mode, store: $mode (Derby $([[ $mode == server ]] && echo 'network server, another process' || echo 'embedded in the node')), MQTT $([[ $mqtt == 5 ]] && echo 5 || echo 3.1.1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" ${BENCH_WARMUP:+-Dwarmup=$BENCH_WARMUP} -Ddbpid="$db_pid" -cp "$cp" releng/benchmarks/ingest/IngestBenchmark.java "tcp://127.0.0.1:$mq" "$jdbc" "$n" "$sensors" "$node_pid" "$bench_mode" \
    $([[ $bench_mode == backlog ]] && echo "$ingest_cfg $work/mosquitto.log" || echo "$work/start-node.sh") \
    || { echo "--- serve stderr"; tail -20 "$work/serve.err"; return 1; }
}
if [[ $store == both ]]; then
  run server; cleanup
  run embedded
else
  run "$store"
fi
