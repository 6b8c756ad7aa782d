#!/usr/bin/env bash
# Builds Steward (tests skipped) and starts the workbench on its embedded defaults, on a demo workspace.
#   ./run.sh                 build, then start on work/demo-workspace (seeded from releng/demo-workspace)
#   STEWARD_WORKSPACE=DIR ./run.sh   start on another workspace
#   ./run.sh --no-build      start what was built last
# Extra arguments go to the workbench launcher.
set -euo pipefail
cd "$(dirname "$0")"
bash releng/scripts/install-deps.sh || echo "warning: could not check system packages; the workbench needs GTK 3" >&2
source releng/scripts/java-home.sh
if [[ ${1:-} == --no-build ]]; then
  shift
else
  echo "Building Steward (JAVA_HOME=$JAVA_HOME; tests skipped — run ./test.sh for them) ..."
  ./mvnw -B -q -DskipTests verify
fi
launcher=$(find releng -path '*/target/products/*' -name steward -type f -perm -u+x 2>/dev/null | head -n 1)
if [[ -z $launcher ]]; then
  echo "No built workbench found under releng/*/target/products: run ./run.sh without --no-build." >&2
  exit 1
fi
ws=${STEWARD_WORKSPACE:-$PWD/work/demo-workspace}
if [[ ! -d $ws ]]; then
  mkdir -p "$(dirname "$ws")"
  cp -r releng/demo-workspace "$ws"
  echo "Created demo workspace $ws"
fi
if [[ -z ${DISPLAY:-} ]]; then
  # A headless machine: give the workbench a virtual screen and say how to look at it.
  disp=:$((90 + RANDOM % 9))
  Xvfb "$disp" -screen 0 1440x900x24 >/dev/null 2>&1 &
  export DISPLAY=$disp
  sleep 1
  echo "No display: the workbench runs on virtual display $disp. Screenshot: import -display $disp -window root steward.png"
fi
echo "Starting $launcher -data $ws"
exec "$launcher" -data "$ws" "$@"
