#!/usr/bin/env bash
# Benchmark of the tracing core: speed on generated networks of 100 / 1,000 / 10,000 nodes against a plain BFS
# baseline measured in the same run, and top-1/top-3 accuracy of source location on the shared SWMM networks.
# Usage: releng/benchmarks/tracing-benchmark.sh [network.inp ...]   (default: the EPA examples in the tests bundle)
# Builds the two tracing bundles first unless SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/tracing-classpath.sh"
if [ $# -eq 0 ]; then
  set -- "$ROOT"/bundles/org.steward.tracing.tests/data/*.inp
fi
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" org.steward.tracing.tests.bench.TracingBenchmark "$@"
