#!/usr/bin/env bash
# Sustained batched insert of sensor readings into embedded Derby: Store.batchInsert against raw JDBC batch
# inserts measured in the same run. Usage: releng/benchmarks/store-insert.sh [rows] [batch] [rounds]
# Builds the store bundles first if needed (tests skipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
if [[ ! -d bundles/org.steward.store.tests/target/classes ]]; then
  ./mvnw -B -q -DskipTests verify -pl bundles/org.steward.store,bundles/org.steward.store.tests
fi
repo=$(./mvnw -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout -N 2>/dev/null || echo "$HOME/.m2/repository")
d=$repo/org/apache/derby
cp=$d/derby/10.17.1.0/derby-10.17.1.0.jar:$d/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar:$d/derbytools/10.17.1.0/derbytools-10.17.1.0.jar
cp=$cp:bundles/org.steward.store/target/classes:bundles/org.steward.store.tests/target/classes
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
exec java -Xmx2g -cp "$cp" org.steward.store.tests.StoreInsertBenchmark "$@"
