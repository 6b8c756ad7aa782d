#!/usr/bin/env bash
# Benchmark of discharge detection: false alarms per sensor-day on clean simulated readings and detection rate and
# median delay for injected discharges of 3, 4, 6 and 10 noise σ, for several methods (robust z, CUSUM, both), over
# seeded runs of org.steward.tracing.sim.DischargeSimulator. Prints a table; the defaults of DetectorSettings come
# from it (docs/models/tracing.md, "Detection").
# Usage: releng/benchmarks/detection-benchmark.sh [runs (default 12)] [days (default 5)]
# Builds the two tracing bundles first unless SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/tracing-classpath.sh"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.DetectionBenchmark "$@"
