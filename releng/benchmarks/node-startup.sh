#!/usr/bin/env bash
# Benchmark: start-up of the headless node, against a bare JVM start measured in the same run.
#
#   releng/benchmarks/node-startup.sh [DISTRIBUTION] [RUNS]
#
# DISTRIBUTION  a built node distribution (default releng/org.steward.node.dist/target/steward-node; build it with
#               ./mvnw -o verify -pl releng/org.steward.node.dist -am)
# RUNS          measured runs per figure (default 10)
#
# Figures (wall clock, milliseconds; min / median / mean):
#   baseline      java -version of the JDK the node uses, with the same JVM flags as "models"
#   models        steward-node models: JVM + Felix + all bundles started + DS + the listing + clean shutdown
#   serve-ready   steward-node serve until run/admin.json exists (the admin channel answers), then SIGTERM
# The first "models" (which writes the class-data-sharing archive) is reported on its own as "cold".
# Ratio = median(models) / median(baseline).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dist="$(cd "${1:-$here/../org.steward.node.dist/target/steward-node}" && pwd)"
runs="${2:-10}"
node="$dist/bin/steward-node"
[[ -x "$node" ]] || { echo "no distribution at $dist (build it first)" >&2; exit 1; }
if [[ -f "$dist/run/admin.json" ]]; then
  echo "a serve node of $dist seems to be running (run/admin.json exists); stop it first" >&2
  exit 1
fi

# The JDK and flags the node uses for "models", from the launch script itself.
mapfile -t cmd < <(STEWARD_NODE_DRY_RUN=1 "$node" models)
java="${cmd[0]}"
flags=()
for a in "${cmd[@]:1}"; do
  [[ "$a" == -XX:* || "$a" == --sun-misc* ]] || continue
  [[ "$a" == -XX:SharedArchiveFile=* || "$a" == -XX:+AutoCreateSharedArchive ]] && continue
  flags+=("$a")
done

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Runs a command; appends its CPU time (user + system, ms) to the named list when /usr/bin/time is there.
cpu_of() {
  local list="$1"; shift
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f '%U %S' -o "$tmp/cpu" "$@"
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/cpu" >> "$tmp/$list.cpu"
  else
    "$@"
  fi
}

stats() { # name, then values
  local name="$1"; shift
  printf '%s\n' "$@" | sort -n | awk -v name="$name" '
    { v[NR] = $1; sum += $1 }
    END { med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
          printf "%-12s min %5d ms   median %7.1f ms   mean %7.1f ms   (n=%d)\n", name, v[1], med, sum / NR, NR;
          print med > "/dev/stderr" }' 2>"$tmp/$name.median"
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "steward-node start-up benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "distribution: $dist"
echo "JDK: $java ($("$java" -version 2>&1 | head -1))"
echo "JVM flags: ${flags[*]}"
echo

rm -rf "$dist/run/cds"
t0="$(now_ms)"; "$node" models >/dev/null 2>&1; t1="$(now_ms)"
cold=$((t1 - t0))

base=(); models=(); ready=()
for ((i = 0; i < runs; i++)); do
  # Interleaved, so that a change of machine load hits both figures alike.
  t0="$(now_ms)"; cpu_of baseline "$java" "${flags[@]}" -version >/dev/null 2>&1; t1="$(now_ms)"; base+=($((t1 - t0)))
  t0="$(now_ms)"; cpu_of models "$node" models >"$tmp/out" 2>&1; t1="$(now_ms)"; models+=($((t1 - t0)))
  grep -q '^samples.textstats ' "$tmp/out" || { echo "models did not list samples.textstats:" >&2; cat "$tmp/out" >&2; exit 1; }
done
for ((i = 0; i < (runs < 5 ? runs : 5); i++)); do
  t0="$(now_ms)"
  "$node" serve >/dev/null 2>&1 &
  pid=$!
  while [[ ! -f "$dist/run/admin.json" ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "serve died" >&2; exit 1; }
    sleep 0.005
  done
  t1="$(now_ms)"; ready+=($((t1 - t0)))
  kill -TERM "$pid"; wait "$pid" || true
done

printf '%-12s %5d ms   (first run: writes run/cds/node-*.jsa)\n' "cold models" "$cold"
stats baseline "${base[@]}"
stats models "${models[@]}"
stats serve-ready "${ready[@]}"
if [[ -f "$tmp/models.cpu" ]]; then
  echo "CPU time (user + system), the figure least disturbed by other load on the machine:"
  mapfile -t c < "$tmp/baseline.cpu"; stats baseline-cpu "${c[@]}"
  mapfile -t c < "$tmp/models.cpu"; stats models-cpu "${c[@]}"
fi
awk -v m="$(cat "$tmp/models.median")" -v b="$(cat "$tmp/baseline.median")" -v s="$(cat "$tmp/serve-ready.median")" \
  'BEGIN { printf "\nwall-clock ratio models / baseline (medians): %.1f   serve-ready / baseline: %.1f   node overhead over the bare JVM: %.0f ms\n", m / b, s / b, m - b }'
if [[ -f "$tmp/models-cpu.median" ]]; then
  awk -v m="$(cat "$tmp/models-cpu.median")" -v b="$(cat "$tmp/baseline-cpu.median")" \
    'BEGIN { if (b > 0) printf "CPU-time ratio models / baseline (medians): %.1f\n", m / b }'
fi
