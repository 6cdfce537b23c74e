#!/usr/bin/env bash
# Measures how the arrivals job's ingest scales with the size of its inputs: wall time, lines per second,
# peak RSS and the size of the job repository, for valid inputs of growing size, for a file padded with
# footnotes (as many kept rows as the small file, a hundred times the lines) and for a file whose every
# line is refused. Side by side in one run, with ratios against the smallest synthetic input.
#
# Usage: bench/ingest.sh [--quick] [--xmx SIZE] [--timeout SECONDS] [--keep]
#   --quick            only the 10,000- and 100,000-span inputs (and the shipped one)
#   --xmx SIZE         run the JVM with JAVA_TOOL_OPTIONS=-XmxSIZE, e.g. --xmx 256m
#   --timeout SECONDS  stop a run that takes longer (default 300); it is reported as TIMEOUT
#   --keep             keep the temporary folder (inputs, job files, outputs, logs) and print where it is
#
# Needs bash, python3 (bench/gen-inputs.py writes the inputs), coreutils `timeout`, a JDK and Maven (the
# jar is built once through ./defstats when missing or stale) and GNU time at /usr/bin/time for peak RSS:
# on Debian/Ubuntu `apt-get install time` when it is missing. Runs from any folder. Exit status 0 when
# every run ended as expected (valid inputs published, the refused one exit 1), else 1.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=false
xmx=""
limit=300
keep=false

bench=bench/ingest.sh
. "$home/bench/lib.sh"

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=true ;;
        --xmx)
            [ $# -ge 2 ] || die "--xmx needs a heap size such as 256m"
            xmx="$2"
            shift ;;
        --timeout)
            [ $# -ge 2 ] || die "--timeout needs a number of seconds"
            limit="$2"
            shift ;;
        --keep) keep=true ;;
        -h|--help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            exit 0 ;;
        *) die "unknown option '$1'; see --help" ;;
    esac
    shift
done
[[ "$limit" =~ ^[1-9][0-9]*$ ]] || die "--timeout must be a whole number of seconds, not '$limit'"
[[ -z "$xmx" || "$xmx" =~ ^[1-9][0-9]*[kKmMgG]?$ ]] || die "--xmx must be a heap size such as 256m, not '$xmx'"

require_gnu_time
command -v python3 >/dev/null || die "python3 is missing; it writes the inputs (bench/gen-inputs.py)"
command -v timeout >/dev/null || die "coreutils 'timeout' is missing"

make_tmp ingestbench

build_defstats

# The job accepts years up to the current year of the JVM's clock, so the inputs end with it too.
last_year="$(date +%Y)"
sizes=(10000 100000)
$quick || sizes+=(max)
mkdir -p "$tmp/input"
echo "writing inputs into $tmp/input…" >&2
most="$(python3 "$home/bench/gen-inputs.py" "$tmp/input" "$last_year" "${sizes[@]}")" \
    || die "bench/gen-inputs.py failed"
cp "$home/input/mou-arrivals-by-year.csv" "$tmp/input/shipped-yearly.csv"
cp "$home/input/mou-arrivals-partial-periods.csv" "$tmp/input/shipped-partial-periods.csv"

# name, yearly input, partial-periods input, expected exit code
cases=("shipped shipped-yearly.csv shipped-partial-periods.csv 0")
for size in "${sizes[@]}"; do
    cases+=("spans-$size yearly.csv partial-$size.csv 0")
done
if ! $quick; then
    cases+=("footnotes-1000000 yearly.csv partial-10000-footnotes.csv 0")
    cases+=("refused-1000000 yearly.csv partial-bad-1000000.csv 1")
fi

if [ -n "$xmx" ]; then
    export JAVA_TOOL_OPTIONS="-Xmx$xmx"
else
    unset JAVA_TOOL_OPTIONS
fi

# lines per CPU second of the ingest steps alone (reading, rules of one line, staging), as each step logs it
ingest_rate() {
    if [ ! -f "$1" ]; then echo "-"; return; fi
    awk '/ingest of .*: [0-9]+ lines in [0-9.]+ s of CPU/ {
            for (i = 1; i <= NF; i++) { if ($i == "lines" && $(i + 1) == "in") { l += $(i - 1); c += $(i + 2) } } }
        END { if (c > 0) printf "%.0f", l / c; else printf "-" }' "$1"
}

peak_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
}
file_mb() {
    if [ -f "$1" ]; then awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; else echo "-"; fi
}

echo "$version, $(java -version 2>&1 | grep -v '^Picked up' | head -n 1), ${JAVA_TOOL_OPTIONS:-default heap}," \
    "$(nproc) cores;" \
    "months 1945-01..$last_year-12 allow $most distinct spans;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
printf '%-18s %9s %8s %8s %9s %11s %8s %8s %5s  %s\n' input lines seconds cpu_s lines/s ingest_l/cpu peak_MB repo_MB \
    exit result
failures=0
started=$SECONDS
declare -A seconds_of cpu_of rss_of lines_of
for c in "${cases[@]}"; do
    read -r name yearly partial expected <<<"$c"
    job="bench-$name"
    mkdir -p "$tmp/jobs-$name"
    cat >"$tmp/jobs-$name/$job.yaml" <<EOF
name: $job
description: bench/ingest.sh input $name
type: arrivals
inputs:
  yearly: $yearly
  partial-periods: $partial
source: "Synthetic figures of bench/ingest.sh, not real data"
milestones: [10000, 20000, 30000]
EOF
    lines=$(( $(wc -l <"$tmp/input/$yearly") + $(wc -l <"$tmp/input/$partial") ))
    out="$tmp/out-$name"
    rc=0
    /usr/bin/time -v -o "$tmp/time-$name.txt" \
        timeout -k 30 "$limit" "$home/defstats" run "$job" --jobs "$tmp/jobs-$name" --input "$tmp/input" \
        --output "$out" >"$tmp/stdout-$name.txt" 2>"$tmp/stderr-$name.txt" || rc=$?
    secs="$(wall_seconds "$tmp/time-$name.txt")"
    rss="$(peak_mb "$tmp/time-$name.txt")"
    rate="$(awk -v l="$lines" -v s="$secs" 'BEGIN { printf "%.0f", (s > 0 ? l / s : 0) }')"
    result=ok
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        result="TIMEOUT after ${limit}s"
    elif [ "$rc" -ne "$expected" ]; then
        result="FAIL: exit $rc, expected $expected"
    elif [ "$expected" -eq 0 ] && [ ! -d "$out/$job/latest/tables" ]; then
        result="FAIL: exit 0 but nothing published ($out/$job/latest/tables missing)"
    elif [ "$expected" -ne 0 ] && [ -e "$out/$job/latest" ]; then
        result="FAIL: refused, yet $out/$job/latest exists"
    fi
    printf '%-18s %9d %8s %8s %9s %11s %8s %8s %5s  %s\n' "$name" "$lines" "$secs" \
        "$(cpu_seconds "$tmp/time-$name.txt")" "$rate" "$(ingest_rate "$out/.defstats/defstats.log")" "$rss" \
        "$(file_mb "$out/.defstats/repository.mv.db")" "$rc" "$result"
    if [ "$result" != ok ]; then
        failures=$((failures + 1))
        grep -v '^Picked up JAVA_TOOL_OPTIONS' "$tmp/stderr-$name.txt" | sed -n '1,5p' | sed 's/^/    stderr: /'
    elif [ "$expected" -ne 0 ]; then
        grep -v '^Picked up JAVA_TOOL_OPTIONS' "$tmp/stderr-$name.txt" | sed -n '1p' | sed 's/^/    stderr: /'
    fi
    seconds_of[$name]="$secs"
    cpu_of[$name]="$(cpu_seconds "$tmp/time-$name.txt")"
    rss_of[$name]="$rss"
    lines_of[$name]="$lines"
done

echo
echo "ratios against spans-10000 (lines, wall and CPU seconds, peak RSS); memory should follow the rows kept," \
    "not the lines:"
for name in "${!seconds_of[@]}"; do
    case "$name" in shipped|spans-10000) continue ;; esac
    awk -v n="$name" -v l="${lines_of[$name]}" -v s="${seconds_of[$name]}" -v c="${cpu_of[$name]}" \
        -v r="${rss_of[$name]}" -v l0="${lines_of[spans-10000]}" -v s0="${seconds_of[spans-10000]}" \
        -v c0="${cpu_of[spans-10000]}" -v r0="${rss_of[spans-10000]}" \
        'BEGIN { printf "  %-18s lines x%.1f  seconds x%.1f  cpu x%.1f  peak RSS x%.2f\n", n, l / l0, s / s0,
            c / c0, r / r0 }'
done | sort
echo
if [ "$failures" -eq 0 ]; then
    echo "summary: ${#cases[@]} runs in $((SECONDS - started)) s, all ended as expected"
else
    echo "summary: ${#cases[@]} runs in $((SECONDS - started)) s, $failures did not end as expected"
    exit 1
fi
