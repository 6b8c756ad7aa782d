#!/usr/bin/env bash
# Records the API of a release as the baseline the build checks against (docs/build.md, "API baseline").
# Run it on the release commit, after the bundles are built:
#   ./mvnw -o package -DskipTests            (or the full ./mvnw verify)
#   releng/scripts/update-api-baseline.sh 0.1.0
# then commit releng/api-baseline/. Extra arguments name the bundles; by default, the API bundles are the
# Steward bundles of the partner SDK (releng/org.steward.sdk/category.xml, without the .source bundles).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
release="${1:?usage: update-api-baseline.sh <release version> [bundle symbolic name...]}"
shift
bundles=("$@")
if [ ${#bundles[@]} -eq 0 ]; then
  mapfile -t bundles < <(grep -o '<bundle id="org\.steward\.[^"]*"' "$root/releng/org.steward.sdk/category.xml" \
    | sed 's/<bundle id="//; s/"$//' | grep -v '\.source$')
fi
source "$root/releng/scripts/java-home.sh"
cd "$root"
./mvnw -o -q -f releng/org.steward.api.baseline/pom.xml -Dsteward.api.baseline.skip=true -DskipTests package
# compile scope: bndlib and its dependencies
./mvnw -o -q -f releng/org.steward.api.baseline/pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
"$JAVA_HOME/bin/java" -cp "releng/org.steward.api.baseline/target/classes:$(cat releng/org.steward.api.baseline/target/classpath.txt)" \
  org.steward.releng.baseline.ApiBaselineUpdate "$root/releng/api-baseline" "$root/bundles" "$release" "${bundles[@]}"
