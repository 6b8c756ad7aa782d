#!/usr/bin/env bash
# End-to-end accuracy of discharge tracing: simulated readings (org.steward.tracing.sim) → detector
# (org.steward.tracing.detect.DischargeDetector, default settings) → incremental tracer (EventTracer), top-1/top-3
# hit rates of the true source over one discharge per node (≤ 150 per network), sensors from greedy placement
# (k = 3 and 5, printed), compared in the same run with the ideal (exact fired set and arrival times); then pairs of
# discharges overlapping in time (OverlapBenchmark), with the detector's SourceGrouping against one event per park.
# Usage: releng/benchmarks/tracing-accuracy-benchmark.sh [network.inp ...]
#   default: the shared SWMM files (/work/shared/data/swmm, else the copies in the tests bundle), the demo workspace's
#   networks and tracing park; a generated 1,000-node network is always added.
# Builds the two tracing bundles first unless SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/tracing-classpath.sh"
if [ $# -eq 0 ]; then
  SHARED=/work/shared/data/swmm
  [ -d "$SHARED" ] || SHARED="$ROOT/bundles/org.steward.tracing.tests/data"
  set -- "$SHARED"/*.inp
  for f in "$ROOT"/releng/demo-workspace/networks/*.inp "$ROOT"/releng/demo-workspace/tracing/*.inp; do
    [ -f "$f" ] && set -- "$@" "$f"
  done
fi
"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.TracingAccuracyBenchmark "$@"
echo
# two discharges overlapping in time: events split by SourceGrouping against one event per park (docs/models/tracing.md)
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.OverlapBenchmark "$@"
