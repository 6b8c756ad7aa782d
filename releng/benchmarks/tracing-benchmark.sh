#!/bin/sh
# Benchmark of the tracing core: speed on generated networks of 100 / 1,000 / 10,000 nodes against a plain BFS
# baseline measured in the same run, and top-1/top-3 accuracy of source location on the shared SWMM networks.
# Usage: releng/benchmarks/tracing-benchmark.sh [network.inp ...]   (default: the EPA examples in the tests bundle)
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
if [ $# -eq 0 ]; then
  set -- "$ROOT"/bundles/org.steward.tracing.tests/data/*.inp
fi
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.TracingBenchmark "$@"
