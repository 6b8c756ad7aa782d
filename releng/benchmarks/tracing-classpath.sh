# Sourced by the tracing benchmarks (bash): a JDK 21+ in JAVA_HOME (releng/scripts/java-home.sh), the tracing bundle
# and its tests built unless SKIP_BUILD=1, and ROOT and CP (their compiled classes) set for the java command.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$ROOT/releng/scripts/java-home.sh"
if [[ ${SKIP_BUILD:-} != 1 ]]; then
  (cd "$ROOT" && ./mvnw -o -q verify -DskipTests -pl bundles/org.steward.tracing,bundles/org.steward.tracing.tests -am)
fi
CP="$ROOT/bundles/org.steward.tracing/target/classes:$ROOT/bundles/org.steward.tracing.tests/target/classes"
