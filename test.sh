#!/usr/bin/env bash
# Runs every test: unit, OSGi (tycho-surefire on Equinox), workbench UI under Xvfb, and the node
# distribution's integration tests. Extra arguments go to Maven (e.g. -o to build offline).
set -euo pipefail
cd "$(dirname "$0")"
bash releng/scripts/install-deps.sh
source releng/scripts/java-home.sh
echo "Using JAVA_HOME=$JAVA_HOME"
if [[ -n ${DISPLAY:-} ]]; then
  exec ./mvnw -B clean verify "$@"
fi
# No screen: the workbench tests get a virtual one.
exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@"
