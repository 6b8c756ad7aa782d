#!/bin/sh
# Benchmark of discharge detection: false alarms per sensor-day on clean simulated readings and detection rate and
# median delay for injected discharges of 3, 4, 6 and 10 noise σ, for several methods (robust z, CUSUM, both), over
# seeded runs of org.steward.tracing.sim.DischargeSimulator. Prints a table; the defaults of DetectorSettings come
# from it (docs/models/tracing.md, "Detection").
# Usage: releng/benchmarks/detection-benchmark.sh [runs (default 12)] [days (default 5)]
# Builds the two tracing bundles first unless SKIP_BUILD=1.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "$JAVA_HOME" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*-25-* /usr/lib/jvm/*-21-*; do
    if [ -x "$j/bin/java" ]; then JAVA_HOME=$j; break; fi
  done
fi
export JAVA_HOME
if [ "$SKIP_BUILD" != "1" ]; then
  (cd "$ROOT" && ./mvnw -o -q verify -DskipTests -pl bundles/org.steward.tracing,bundles/org.steward.tracing.tests -am)
fi
CP="$ROOT/bundles/org.steward.tracing/target/classes:$ROOT/bundles/org.steward.tracing.tests/target/classes"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.DetectionBenchmark "$@"
