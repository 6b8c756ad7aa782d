#!/usr/bin/env bash
# Git workspace: record edits each committed, opening a project, rebuilding the record index, for projects of
# 1,000 and 10,000 records, each against a baseline measured in the same run (plain file writes, plain listing + reads,
# raw JDBC insert). Usage: releng/benchmarks/workspace.sh [edits=1000] [sizes=1000,10000]
# Builds the workspace bundles first if needed (tests skipped).
set -euo pipefail
cd "$(dirname "$0")/../.."
source releng/scripts/java-home.sh
if [[ ! -d bundles/org.steward.workspace.tests/target/classes || ! -d bundles/org.steward.store/target/classes ]]; then
  ./mvnw -B -q -o -DskipTests verify -pl bundles/org.steward.workspace,bundles/org.steward.workspace.tests -am
fi
repo=${MAVEN_REPO:-$HOME/.m2/repository}
d=$repo/org/apache/derby
cp=$d/derby/10.17.1.0/derby-10.17.1.0.jar:$d/derbyshared/10.17.1.0/derbyshared-10.17.1.0.jar:$d/derbytools/10.17.1.0/derbytools-10.17.1.0.jar
cp=$cp:$repo/org/eclipse/jgit/org.eclipse.jgit/7.8.0.202609011348-r/org.eclipse.jgit-7.8.0.202609011348-r.jar
cp=$cp:$repo/com/googlecode/javaewah/JavaEWAH/1.2.3/JavaEWAH-1.2.3.jar:$repo/commons-codec/commons-codec/1.22.1/commons-codec-1.22.1.jar
cp=$cp:$repo/org/slf4j/slf4j-api/2.0.17/slf4j-api-2.0.17.jar:$repo/org/slf4j/slf4j-simple/2.0.17/slf4j-simple-2.0.17.jar
cp=$cp:bundles/org.steward.store/target/classes:bundles/org.steward.workspace/target/classes:bundles/org.steward.workspace.tests/target/classes
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), disk: $(df -h "${TMPDIR:-/tmp}" | awk 'NR==2{print $1" "$2}')"
exec java -Xmx2g -cp "$cp" org.steward.workspace.tests.WorkspaceBenchmark "$@"
