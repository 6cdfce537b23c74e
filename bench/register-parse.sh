#!/usr/bin/env bash
# Measures how fast one thread reads a register CSV (10,000,000 persons by default), counting its rows per sex,
# with each way of reading it: defstats' own reader as an ingest step uses it (encoding scan, Commons CSV per
# record, CsvLine), that reader with the register's rules of a line, bare Commons CSV, FastCSV 4.0.0 and the
# bytes read directly (split on ',' and '\n', the register's simple unquoted layout). Prints the best seconds
# of each, rows per second and the ratios, and checks that every way counts the same men and women. It decides
# whether the register job needs a faster parser on its hot path (bench/README.md has the figures).
#
# Usage: bench/register-parse.sh [--persons N] [--rounds N] [--register FILE] [--keep]
#   --persons N       persons in the synthetic register (default 10000000; written by ./defstats synthesize-register)
#   --rounds N        timed rounds of each way after one untimed warm-up round (default 2); the best one counts
#   --register FILE   read this register instead of synthesizing one
#   --keep            keep the temporary folder (register, classes) and print where it is
#
# Needs bash, a JDK and Maven (the project's classpath from `mvn dependency:build-classpath`, FastCSV,
# de.siegmar:fastcsv:4.0.0, fetched into the local Maven repository once, then used offline; neither is a
# dependency of defstats for this). The 10M register is about 670 MB in TMPDIR (default /tmp). One JVM runs
# every way, single-threaded, interleaved round by round. Exit status 0 when every way counted the same.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
persons=10000000
rounds=2
register=""
keep=false
seed=20251231
fastcsv_artifact=de.siegmar:fastcsv:4.0.0

bench=bench/register-parse.sh
. "$home/bench/lib.sh"

while [ $# -gt 0 ]; do
    case "$1" in
        --persons)
            [ $# -ge 2 ] || die "--persons needs a number"
            persons="$2"
            shift ;;
        --rounds)
            [ $# -ge 2 ] || die "--rounds needs a number"
            rounds="$2"
            shift ;;
        --register)
            [ $# -ge 2 ] || die "--register needs a file"
            register="$2"
            shift ;;
        --keep) keep=true ;;
        -h|--help)
            sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
            exit 0 ;;
        *) die "unknown option '$1'; see --help" ;;
    esac
    shift
done
[[ "$persons" =~ ^[1-9][0-9]*$ ]] || die "--persons must be a whole number, not '$persons'"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "--rounds must be a whole number, not '$rounds'"
[ -z "$register" ] || [ -f "$register" ] || die "--register: no file '$register'"
command -v javac >/dev/null || die "javac is missing; a JDK compiles bench/parse/RegisterParse.java"
command -v mvn >/dev/null || die "mvn is missing; it gives the project's classpath and FastCSV"

make_tmp parsebench

build_defstats

echo "resolving the project's classpath and $fastcsv_artifact…" >&2
(cd "$home" && mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile="$tmp/classpath.txt" \
    >"$tmp/mvn.txt" 2>&1) || { sed -n '1,20p' "$tmp/mvn.txt" >&2; die "mvn dependency:build-classpath failed"; }
mkdir -p "$tmp/lib"
fetch "$fastcsv_artifact" "$tmp/lib"
classpath="$home/target/classes:$(cat "$tmp/classpath.txt"):$(ls "$tmp"/lib/fastcsv-*.jar)"
mkdir -p "$tmp/classes"
javac -d "$tmp/classes" -cp "$classpath" "$home/bench/parse/RegisterParse.java" \
    || die "bench/parse/RegisterParse.java does not compile against the project's classpath"

if [ -z "$register" ]; then
    register="$tmp/register-$persons.csv"
    echo "synthesizing $persons persons…" >&2
    "$home/defstats" synthesize-register --seed "$seed" --persons "$persons" --output "$register" >&2 \
        || die "./defstats synthesize-register failed"
fi
bytes="$(stat -c %s "$register")"

ways=(reader rules commons fastcsv bytes)
echo "$version, $(java -version 2>&1 | grep -v '^Picked up' | head -n 1), $(nproc) cores, one thread;" \
    "$(basename "$register"): $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1048576 }');" \
    "best of $rounds rounds after a warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "reading with ${ways[*]}…" >&2
java -XX:+UseSerialGC -cp "$classpath:$tmp/classes" RegisterParse "$register" "$rounds" "${ways[@]}" \
    >"$tmp/result.txt" || die "RegisterParse failed"

awk -v bytes="$bytes" '
    BEGIN {
        what["reader"] = "defstats CsvLineReader (scan + Commons CSV + CsvLine)"
        what["rules"] = "  the same + RegisterLineRules (ingest before folding)"
        what["commons"] = "bare Commons CSV, record.get(2)"
        what["fastcsv"] = "FastCSV 4.0.0, getField(2)"
        what["bytes"] = "bytes split on , and \\n"
        printf "%-8s %-54s %8s %11s %7s %10s %10s\n", "way", "what", "seconds", "rows/s", "MB/s", "x_commons", "x_reader"
    }
    { way[NR] = $1; secs[NR] = $2; rows[NR] = $3; men[NR] = $4; women[NR] = $5; at[$1] = NR }
    END {
        c = secs[at["commons"]]; r = secs[at["reader"]]; bad = 0
        for (i = 1; i <= NR; i++) {
            printf "%-8s %-54s %8.2f %11.0f %7.0f %10.2f %10.2f\n", way[i], what[way[i]], secs[i], rows[i] / secs[i],
                bytes / 1048576 / secs[i], c / secs[i], r / secs[i]
            if (men[i] != men[1] || women[i] != women[1]) bad = 1
        }
        printf "(x_commons, x_reader: how many times faster than bare Commons CSV, than defstats reader)\n"
        if (bad) { print "counts differ between ways:"; for (i = 1; i <= NR; i++) print "  " way[i], men[i], women[i]; exit 1 }
        printf "every way counted %d rows: %d men, %d women\n", rows[1], men[1], women[1]
    }' "$tmp/result.txt"
