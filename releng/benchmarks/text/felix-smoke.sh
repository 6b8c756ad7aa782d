#!/usr/bin/env bash
# Runs customer.coword and customer.classify on Apache Felix 7 + SCR (no Equinox) over the demo transcripts:
# proof that org.steward.text and org.steward.customer are plain OSGi + DS. Build the bundles first
# (./mvnw -o verify -pl bundles/org.steward.customer -am). Usage: releng/benchmarks/text/felix-smoke.sh [INPUT_DIR]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
source "$ROOT/releng/scripts/java-home.sh"
M2=${M2_REPO:-$HOME/.m2/repository}
INPUT=${1:-$ROOT/bundles/org.steward.customer/examples/transcripts}
OUT="$HERE/target/felix"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
FELIX="$M2/org/apache/felix/org.apache.felix.framework/7.0.5/org.apache.felix.framework-7.0.5.jar"
"$JAVA_HOME/bin/javac" -d "$OUT/classes" -cp "$FELIX" "$HERE/felix/src/FelixSmoke.java"
# Wrapped jars are the ones Tycho generated from the target's bnd instructions.
HANLP=$(ls "$M2"/com/hankcs/hanlp/portable-1.8.6/bnd-*/hanlp-portable-1.8.6.jar | head -1)
NETWORK=$(ls "$M2"/nl/cwts/networkanalysis/1.3.0/bnd-*/networkanalysis-1.3.0.jar | head -1)
BUNDLES=(
  "$M2/org/osgi/org.osgi.util.function/1.2.0/org.osgi.util.function-1.2.0.jar"
  "$M2/org/osgi/org.osgi.util.promise/1.3.0/org.osgi.util.promise-1.3.0.jar"
  "$M2/org/osgi/org.osgi.service.component/1.5.1/org.osgi.service.component-1.5.1.jar"
  "$M2/org/apache/felix/org.apache.felix.log/1.3.0/org.apache.felix.log-1.3.0.jar"
  "$M2/org/apache/felix/org.apache.felix.scr/2.2.18/org.apache.felix.scr-2.2.18.jar"
  "$HANLP" "$NETWORK"
  "$(ls "$ROOT"/bundles/org.steward.core/target/org.steward.core-*.jar | head -1)"
  "$(ls "$ROOT"/bundles/org.steward.text/target/org.steward.text-*.jar | head -1)"
  "$(ls "$ROOT"/bundles/org.steward.customer/target/org.steward.customer-*.jar | head -1)"
)
exec "$JAVA_HOME/bin/java" -Djava.awt.headless=true -cp "$OUT/classes:$FELIX" FelixSmoke "$INPUT" "$OUT" "${BUNDLES[@]}"
