#!/usr/bin/env bash
# Start-up benchmark: times, side by side and interleaved in one run, (a) the floor, a bare Spring Boot + Spring
# Batch application running one tasklet job on an H2 file repository (bench/startup-floor/); (b) `./defstats run`
# of the shipped jobs when all of them are current; (c) `./defstats run` publishing both jobs into a fresh output
# folder. Prints the median of each and the ratios b/a and c/a, which is what the targets are about: the machine
# may be slow or busy, but it is as slow for all three.
#
#   bench/startup.sh [--runs N]        N runs of each (default 5)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --runs=*) runs="${1#--runs=}"; shift ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "startup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: --runs needs a positive whole number, not '$runs'" >&2; exit 2; }

floor="$home/bench/startup-floor"
floor_jar="$floor/target/startup-floor.jar"
if [ ! -f "$floor_jar" ] || [ -n "$(find "$floor/pom.xml" "$floor/src" -newer "$floor_jar" -print -quit)" ]; then
  echo "building the floor application (mvn package in bench/startup-floor)…" >&2
  (cd "$floor" && mvn -B -q -Dstyle.color=never package 2>&1) | sed 's/\x1b\[[0-9;]*m//g' >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/defstats-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
defstats="$home/defstats"

# untimed: builds defstats when needed (and whatever the launcher prepares on a first run), then the first run
# that makes (b) current
echo "preparing: a first run of every job into a scratch output folder…" >&2
"$defstats" run --output "$work/current" >"$work/first.out"
grep -q ': published run ' "$work/first.out" || { echo "startup.sh: the first run published nothing:" >&2; cat "$work/first.out" >&2; exit 1; }

# bash's own `time`: wall-clock seconds (what the targets are about) and the CPU seconds (user + system) of the
# process and its children, which another busy process on the machine disturbs less
TIMEFORMAT='%R %U %S'
timed() { # FILE COMMAND...: runs COMMAND with its console into FILE, prints "wall cpu"
  local file="$1" t
  shift
  t=$( { time "$@" >"$file" 2>&1; } 2>&1 ) || { echo "startup.sh: $* failed:" >&2; cat "$file" >&2; exit 1; }
  awk '{printf "%s %.3f\n", $1, $2 + $3}' <<<"$t"
}
floor_wall=() floor_cpu=() current_wall=() current_cpu=() publish_wall=() publish_cpu=()
for i in $(seq 1 "$runs"); do
  read -r fw fc < <(timed "$work/floor.out" java -jar "$floor_jar" \
    "--spring.datasource.url=jdbc:h2:file:$work/floor/repository;TRACE_LEVEL_FILE=0")
  read -r cw cc < <(timed "$work/current.out" "$defstats" run --output "$work/current")
  read -r pw pc < <(timed "$work/publish.out" "$defstats" run --output "$work/publish-$i")
  grep -q 'floor: tasklet ran' "$work/floor.out" || { echo "startup.sh: the floor's job did not run" >&2; exit 1; }
  if grep -qv ': current, ' "$work/current.out"; then
    echo "startup.sh: (b) expected every job current:" >&2; cat "$work/current.out" >&2; exit 1
  fi
  if [ "$(grep -c ': published run ' "$work/publish.out")" != "$(grep -c ': published run ' "$work/first.out")" ]; then
    echo "startup.sh: (c) expected every job published:" >&2; cat "$work/publish.out" >&2; exit 1
  fi
  floor_wall+=("$fw") floor_cpu+=("$fc") current_wall+=("$cw") current_cpu+=("$cc")
  publish_wall+=("$pw") publish_cpu+=("$pc")
  echo "run $i/$runs (wall s / cpu s): floor $fw / $fc, current $cw / $cc, publish $pw / $pc" >&2
  rm -rf "$work/publish-$i"
done

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {printf "%.3f", NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
a=$(median "${floor_wall[@]}") ac=$(median "${floor_cpu[@]}")
b=$(median "${current_wall[@]}") bc=$(median "${current_cpu[@]}")
c=$(median "${publish_wall[@]}") cc=$(median "${publish_cpu[@]}")
echo "median of $runs runs each, wall-clock seconds (CPU seconds, user + system):"
printf '  (a) floor: bare Spring Boot + Spring Batch, one tasklet job  %7.3f (%7.3f)\n' "$a" "$ac"
printf '  (b) defstats run, every job current                        %7.3f (%7.3f)  b/a = %s (cpu %s), target <= 0.50\n' \
  "$b" "$bc" "$(ratio "$b" "$a")" "$(ratio "$bc" "$ac")"
printf '  (c) defstats run, first publication of every job           %7.3f (%7.3f)  c/a = %s (cpu %s), target <= 1.50\n' \
  "$c" "$cc" "$(ratio "$c" "$a")" "$(ratio "$cc" "$ac")"
