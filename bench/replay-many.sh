#!/usr/bin/env bash
# Replaying many runs: N single `defstats replay RUN_ID` processes against one `defstats replay --all JOB`,
# side by side on the same N published runs of arrivals. Prints wall and CPU seconds per run and the ratios.
# Wall time depends on what else the machine runs; CPU time (user + sys of the JVMs) much less.
# Usage: bench/replay-many.sh [N]   (default 10)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
"$home/defstats" --version >/dev/null   # builds target/defstats.jar when it is missing or stale
jar="$home/target/defstats.jar"
work="$(mktemp -d)"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
mkdir -p "$work/input" "$work/jobs"
cp "$home"/input/*.csv "$work/input/"
cp "$home/jobs/arrivals.yaml" "$work/jobs/"
defstats() { java -Djava.awt.headless=true -jar "$jar" "$@"; }
now() { date +%s.%N; }
TIMEFORMAT='%R %U %S'
# runs a command, its stdout to $work/out.txt with each line stamped when printed; prints "wall cpu"
timed() {
  { time "$@" | while IFS= read -r line; do echo "$(now) $line"; done > "$work/out.txt"; } 2> "$work/time.txt"
  tail -1 "$work/time.txt" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}
add() { echo "$1 $2" | awk '{ printf "%.3f %.3f\n", $1 + $3, $2 + $4 }'; }

# N published runs of arrivals, each with another 2025 figure
for i in $(seq 1 "$runs"); do
  sed -i "s/^2025,.*/2025,26,$((198 + i)),$((224 + i))/" "$work/input/mou-arrivals-by-year.csv"
  defstats run arrivals --input "$work/input" --jobs "$work/jobs" --output "$work/output" >/dev/null
done
ids=($(ls "$work/output/arrivals/runs" | sort))
n=${#ids[@]}
echo "published $n runs of arrivals; load average $(cut -d' ' -f1-3 /proc/loadavg)"

single="0 0"
for id in "${ids[@]}"; do
  single=$(add "$single" "$(timed defstats replay "$id" --output "$work/output")")
done
all=$(timed defstats replay --all arrivals --output "$work/output")
tail -1 "$work/out.txt" | cut -d' ' -f2-
# a replay's line comes when it ends: from the first line to the last is what the replays after the first cost
after=$(grep ' identical: ' "$work/out.txt" | awk 'NR == 1 { first = $1 } { last = $1 } END { printf "%.3f", last - first }')

read -r single_wall single_cpu <<< "$single"
read -r all_wall all_cpu <<< "$all"
printf '%d single replays: %7.1f s wall, %5.2f s per run; %7.1f s CPU, %5.2f s per run\n' "$n" "$single_wall" \
  "$(echo "$single_wall / $n" | bc -l)" "$single_cpu" "$(echo "$single_cpu / $n" | bc -l)"
printf 'replay --all:      %7.1f s wall, %5.2f s per run; %7.1f s CPU, %5.2f s per run\n' "$all_wall" \
  "$(echo "$all_wall / $n" | bc -l)" "$all_cpu" "$(echo "$all_cpu / $n" | bc -l)"
# the CPU of the first replay of --all taken as that of a single replay
printf 'replay --all after the first replay: %5.2f s wall per run, about %.2f s CPU per run\n' \
  "$(echo "$after / ($n - 1)" | bc -l)" "$(echo "($all_cpu - $single_cpu / $n) / ($n - 1)" | bc -l)"
printf 'ratio single/--all: %.1f wall, %.1f CPU; single/(--all after the first) per run: %.1f wall\n' \
  "$(echo "$single_wall / $all_wall" | bc -l)" "$(echo "$single_cpu / $all_cpu" | bc -l)" \
  "$(echo "($single_wall / $n) / ($after / ($n - 1))" | bc -l)"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
