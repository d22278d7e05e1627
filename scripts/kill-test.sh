#!/usr/bin/env bash
# Kills a population run with plots KILLS times (default 20) at random moments with kill -9, and checks
# that no partial or hidden file survives: after every kill the output folder holds only complete files
# (each identical to the one a full run writes), and after the following full run the folder holds exactly
# what that run wrote, as its manifest lists, with no staging folder left beside it.
# Usage: scripts/kill-test.sh [KILLS] [SUBJECTS]      (from the depotkin folder; about a minute per kill)
set -euo pipefail
kills=${1:-20}
subjects=${2:-10}
here=$(cd "$(dirname "$0")/.." && pwd)
./depotkin --version > /dev/null                        # builds the jar if the sources changed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/target/depotkin.jar" "$work/depotkin.jar"       # a rebuild during the test does not disturb it
run() {
  java -Djava.awt.headless=true -jar "$work/depotkin.jar" population \
    "$here/models/population-xrntx.yaml" --subjects "$subjects" --seed 7 --threads 1 --plot png --out "$1" \
    > /dev/null 2>&1
}
hidden_left() { # staging folders beside the output folder, or hidden files inside it
  find "$work" -maxdepth 1 -name '.out.depotkin-staging-*' | grep -q . && return 0
  find "$work/out" -name '.*' 2>/dev/null | grep -q . && return 0
  return 1
}
start=$(date +%s.%N)
run "$work/reference"
full=$(echo "$(date +%s.%N) - $start" | bc)
echo "a full run takes ${full} s; killing $kills runs at random moments within it"
failures=0
for i in $(seq 1 "$kills"); do
  run "$work/out" &
  pid=$!
  delay=$(echo "scale=3; $RANDOM / 32767 * $full" | bc)
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for f in "$work"/out/*; do                              # after the kill: only complete files in the folder
    [ -e "$f" ] || continue
    name=$(basename "$f")
    [ "$name" = depotkin-manifest.json ] && continue
    if ! cmp -s "$f" "$work/reference/$name"; then
      echo "kill $i: $name in the output folder is not a complete output"; failures=$((failures + 1))
    fi
  done
  run "$work/out"                                         # the following run cleans up and finishes
  if hidden_left; then
    echo "kill $i: a staging folder or hidden file survived the following run"; failures=$((failures + 1))
  fi
  listed=$(grep -o '"[^"]*\.\(csv\|json\|png\)"' "$work/out/depotkin-manifest.json" | tr -d '"' | sort)
  present=$(cd "$work/out" && ls | grep -v '^depotkin-manifest.json$' | sort)
  if [ "$listed" != "$present" ]; then
    echo "kill $i: the folder does not hold exactly what its manifest lists"; failures=$((failures + 1))
  fi
  echo "kill $i at ${delay} s: checked"
done
if [ "$failures" -ne 0 ]; then
  echo "FAILED: $failures problems in $kills kills"; exit 1
fi
echo "OK: $kills kills, no partial or hidden file survived a following run"
