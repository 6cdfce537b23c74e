#!/usr/bin/env bash
# Measures the register job against DuckDB on synthetic registers of 34,538 persons (today's real size),
# 1,000,000 and 10,000,000: for each size it writes the register with `./defstats synthesize-register`, runs
# `./defstats run` of a register job on it and, on the same file, the same five cross-tables with every
# margin and the grand total in DuckDB (one read_csv scan, GROUP BY GROUPING SETS, SET threads=2, through its
# JDBC driver: bench/duckdb/RegisterGroupBy.java, not a dependency of defstats), both under GNU time -v. Prints
# side by side per size: seconds and peak RSS of each and the ratio defstats/DuckDB, then the goal at 10M
# (ratio <= 1.0, peak RSS <= 512 MB). It checks that both agree: every grand total equals the persons written,
# every count defstats publishes (conf_status F) equals DuckDB's, and every cell DuckDB finds is in the table.
#
# Usage: bench/register.sh [--quick] [--timeout SECONDS] [--keep]
#   --quick            only 34,538 and 1,000,000 persons
#   --timeout SECONDS  stop a run that takes longer (default 1800); it is reported as TIMEOUT
#   --keep             keep the temporary folder (registers, job files, outputs, logs) and print where it is
#
# Needs bash, awk, coreutils `timeout`, a JDK and Maven (the jar is built once through ./defstats when missing
# or stale; DuckDB's JDBC driver, org.duckdb:duckdb_jdbc:2.0.0.1, is fetched into the local Maven repository
# once, then used offline) and GNU time at /usr/bin/time for peak RSS: on Debian/Ubuntu `apt-get install time`.
# The 10M register is about 670 MB; the temporary folder (TMPDIR, default /tmp) needs about 1 GB. Runs from any
# folder. Exit status 0 when every run published and both sides agree, else 1.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
quick=false
limit=1800
keep=false
threads=2
seed=20251231
duckdb_artifact=org.duckdb:duckdb_jdbc:2.0.0.1

bench=bench/register.sh
. "$home/bench/lib.sh"

while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=true ;;
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

require_gnu_time
command -v timeout >/dev/null || die "coreutils 'timeout' is missing"
command -v javac >/dev/null || die "javac is missing; a JDK compiles bench/duckdb/RegisterGroupBy.java"
command -v mvn >/dev/null || die "mvn is missing; it fetches DuckDB's JDBC driver"

make_tmp registerbench

build_defstats

# DuckDB's driver: into the local Maven repository once (online), then copied from it offline
echo "resolving $duckdb_artifact…" >&2
mkdir -p "$tmp/lib"
fetch "$duckdb_artifact" "$tmp/lib"
duckdb_jar="$(ls "$tmp"/lib/duckdb_jdbc-*.jar)"
mkdir -p "$tmp/classes"
javac -d "$tmp/classes" -cp "$duckdb_jar" "$home/bench/duckdb/RegisterGroupBy.java" \
    || die "bench/duckdb/RegisterGroupBy.java does not compile"

# The register job of the benchmark: the tables and bands of jobs/register.yaml; DuckDB is given the same ones.
tables=(arrival_year-sex arrival_year-education age_band-sex occupation-sex province-arrival_year)
bands="0,10,20,30,40,50,60"
yaml_tables() {
    local t
    for t in "${tables[@]}"; do echo "  - [${t//-/, }]"; done
}

sizes=(34538 1000000)
$quick || sizes+=(10000000)

peak_mb() {
    awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"
}
# CPU seconds of the ingest steps (every partition), as each logs them, and the publish step's wall seconds
ingest_cpu() {
    if [ ! -f "$1" ]; then echo "-"; return; fi
    awk '/ingest of .*: [0-9]+ lines in [0-9.]+ s of CPU/ {
            for (i = 1; i <= NF; i++) if ($i == "lines" && $(i + 1) == "in") c += $(i + 2); n++ }
        END { if (n > 0) printf "%.1f", c; else printf "-" }' "$1"
}
publish_seconds() {
    if [ ! -f "$1" ]; then echo "-"; return; fi
    awk '/Step: \[[A-Za-z]*PublishStep\] executed in/ { t = $NF; s = 0
            if (t ~ /m[0-9]/) { split(t, p, "m"); s = p[1] * 60; t = p[2] }
            if (t ~ /ms$/ && t ~ /s[0-9]/) { split(t, q, "s"); s += q[1] + q[2] / 1000 }
            else if (t ~ /ms$/) { sub(/ms$/, "", t); s += t / 1000 }
            else { sub(/s$/, "", t); s += t }
            printf "%.1f", s; found = 1 }
        END { if (!found) printf "-" }' "$1"
}
timed_out() {
    [ "$1" -eq 124 ] || [ "$1" -eq 137 ]
}

# Compares one table: defstats' published CSV (dims…, count, conf_status) against DuckDB's (dims…, count).
# Prints "published agreeing suppressed missing-in-defstats disagreeing grand-total".
compare_table() {
    awk -F',' '
        FNR == 1 { next }
        FILENAME == ARGV[1] { n = NF - 1; key = $1; for (i = 2; i <= n; i++) key = key "," $i; duck[key] = $(NF); next }
        {
            n = NF - 2; key = $1; for (i = 2; i <= n; i++) key = key "," $i
            seen[key] = 1
            grand = 1; for (i = 1; i <= n; i++) if ($i != "total") grand = 0
            if (grand) total = $(NF - 1)
            if ($(NF) == "C") suppressed++
            else {
                published++
                expected = (key in duck) ? duck[key] : 0
                if ($(NF - 1) == expected) agree++; else wrong++
            }
        }
        END {
            for (k in duck) if (!(k in seen)) missing++
            printf "%d %d %d %d %d %s\n", published, agree, suppressed, missing, wrong, (total == "" ? "-" : total)
        }' "$1" "$2"
}

echo "$version, $(java -version 2>&1 | grep -v '^Picked up' | head -n 1), $(nproc) cores," \
    "DuckDB JDBC ${duckdb_artifact##*:} with SET threads=$threads; seed $seed;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
failures=0
started=$SECONDS
declare -A syn_s ds_s ds_cpu ds_rss ds_ing ds_pub dk_s dk_cpu dk_rss result_of
for size in "${sizes[@]}"; do
    name="register-$size"
    register="$tmp/input/$name.csv"
    mkdir -p "$tmp/input" "$tmp/jobs-$size"
    echo "persons $size: synthesizing…" >&2
    rc=0
    /usr/bin/time -v -o "$tmp/time-synth-$size.txt" timeout -k 30 "$limit" "$home/defstats" synthesize-register \
        --seed "$seed" --persons "$size" --output "$register" >"$tmp/synth-$size.txt" 2>&1 || rc=$?
    syn_s[$size]="$(wall_seconds "$tmp/time-synth-$size.txt")"
    if [ "$rc" -ne 0 ]; then
        result_of[$size]="FAIL: synthesize-register exit $rc"
        sed -n '1,5p' "$tmp/synth-$size.txt" | sed 's/^/    /' >&2
        failures=$((failures + 1))
        continue
    fi
    cat >"$tmp/jobs-$size/bench-$name.yaml" <<EOF
name: bench-$name
description: bench/register.sh, a synthetic register of $size persons
type: register
inputs:
  register: $name.csv
source: "Synthetic register of bench/register.sh, not real data"
tables:
$(yaml_tables)
age-bands: [${bands//,/, }]
disclosure:
  threshold: 3
  protection: 3
  zeros: safe
EOF
    echo "persons $size: defstats run…" >&2
    out="$tmp/out-$size"
    rc=0
    /usr/bin/time -v -o "$tmp/time-defstats-$size.txt" timeout -k 30 "$limit" "$home/defstats" run "bench-$name" \
        --jobs "$tmp/jobs-$size" --input "$tmp/input" --output "$out" \
        >"$tmp/stdout-defstats-$size.txt" 2>"$tmp/stderr-defstats-$size.txt" || rc=$?
    ds_s[$size]="$(wall_seconds "$tmp/time-defstats-$size.txt")"
    ds_cpu[$size]="$(cpu_seconds "$tmp/time-defstats-$size.txt")"
    ds_rss[$size]="$(peak_mb "$tmp/time-defstats-$size.txt")"
    ds_ing[$size]="$(ingest_cpu "$out/.defstats/defstats.log")"
    ds_pub[$size]="$(publish_seconds "$out/.defstats/defstats.log")"
    result=ok
    if timed_out "$rc"; then
        result="defstats TIMEOUT after ${limit}s"
    elif [ "$rc" -ne 0 ]; then
        result="defstats FAIL: exit $rc: $(grep -v '^Picked up' "$tmp/stderr-defstats-$size.txt" | head -n 1)"
    elif [ ! -d "$out/bench-$name/latest/tables" ]; then
        result="defstats FAIL: exit 0 but nothing published"
    fi

    echo "persons $size: DuckDB…" >&2
    rc=0
    /usr/bin/time -v -o "$tmp/time-duckdb-$size.txt" timeout -k 30 "$limit" java -XX:+UseSerialGC \
        -cp "$duckdb_jar:$tmp/classes" RegisterGroupBy "$register" "$tmp/duckdb-$size" "$threads" "$bands" \
        "${tables[@]}" >"$tmp/stdout-duckdb-$size.txt" 2>"$tmp/stderr-duckdb-$size.txt" || rc=$?
    dk_s[$size]="$(wall_seconds "$tmp/time-duckdb-$size.txt")"
    dk_cpu[$size]="$(cpu_seconds "$tmp/time-duckdb-$size.txt")"
    dk_rss[$size]="$(peak_mb "$tmp/time-duckdb-$size.txt")"
    duck=""
    if timed_out "$rc"; then
        duck="DuckDB TIMEOUT after ${limit}s"
    elif [ "$rc" -ne 0 ]; then
        duck="DuckDB FAIL: exit $rc: $(grep -v '^Picked up' "$tmp/stderr-duckdb-$size.txt" | head -n 1)"
    fi
    if [ -n "$duck" ]; then
        if [ "$result" = ok ]; then result="$duck"; else result="$result; $duck"; fi
    fi

    if [ "$result" = ok ]; then
        for t in "${tables[@]}"; do
            read -r published agree suppressed missing wrong total < <(compare_table "$tmp/duckdb-$size/$t.csv" \
                "$out/bench-$name/latest/tables/$t.csv")
            duck_total="$(awk -F',' '{ g = 1; for (i = 1; i < NF; i++) if ($i != "total") g = 0; if (g) print $NF }' \
                "$tmp/duckdb-$size/$t.csv")"
            echo "    $size $t: $published published, $agree equal to DuckDB's; $suppressed suppressed;" \
                "grand total defstats $total, DuckDB $duck_total" >&2
            if [ "$total" != "$size" ] || [ "$duck_total" != "$size" ] || [ "$wrong" -ne 0 ] \
                || [ "$missing" -ne 0 ]; then
                result="MISMATCH in $t: grand totals $total and $duck_total for $size persons, $wrong counts differ,"
                result+=" $missing DuckDB cells missing in defstats"
                break
            fi
        done
    fi
    [ "$result" = ok ] || failures=$((failures + 1))
    result_of[$size]="$result"
done

echo
printf '%11s %8s | %10s %7s %8s %9s %7s | %8s %7s %7s | %7s %7s  %s\n' persons synth_s defstats_s cpu_s ingest_c \
    publish_s peak_MB duckdb_s cpu_s peak_MB ratio_t ratio_c result
for size in "${sizes[@]}"; do
    ratios="$(awk -v a="${ds_s[$size]:-0}" -v b="${dk_s[$size]:-0}" -v c="${ds_cpu[$size]:-0}" -v d="${dk_cpu[$size]:-0}" \
        'BEGIN { if (a > 0 && b > 0) printf "%.2f ", a / b; else printf "- "; if (c > 0 && d > 0) printf "%.2f", c / d;
        else printf "-" }')"
    printf '%11s %8s | %10s %7s %8s %9s %7s | %8s %7s %7s | %7s %7s  %s\n' "$size" "${syn_s[$size]:--}" \
        "${ds_s[$size]:--}" "${ds_cpu[$size]:--}" "${ds_ing[$size]:--}" "${ds_pub[$size]:--}" "${ds_rss[$size]:--}" "${dk_s[$size]:--}" "${dk_cpu[$size]:--}" "${dk_rss[$size]:--}" \
        ${ratios} "${result_of[$size]}"
done
echo "(seconds: wall clock of the whole process, JVM start included; cpu_s: user + system; ingest_c: CPU seconds"
echo " of defstats' ingest steps (all partitions) as its log gives them; publish_s: its publish step, wall seconds"
echo " (disclosure control, audit, tables, charts, report); ratio_t = defstats_s /"
echo " duckdb_s, the goal's ratio; ratio_c = the same of CPU seconds, which a busy machine disturbs less;" \
    "load average at the end $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
echo
if ! $quick; then
    big=10000000
    awk -v a="${ds_s[$big]:-0}" -v b="${dk_s[$big]:-0}" -v r="${ds_rss[$big]:-0}" -v res="${result_of[$big]}" 'BEGIN {
        if (res != "ok" || a == 0 || b == 0) { printf "goal at 10,000,000 persons: not measured (%s)\n", res; exit }
        ratio = a / b
        printf "goal at 10,000,000 persons: time ratio %.2f (goal <= 1.00) %s; peak RSS %d MB (goal <= 512) %s\n",
            ratio, (ratio <= 1.0 ? "MET" : "NOT MET"), r, (r <= 512 ? "MET" : "NOT MET") }'
else
    echo "goal at 10,000,000 persons: not measured (--quick)"
fi
if [ "$failures" -eq 0 ]; then
    echo "summary: ${#sizes[@]} sizes in $((SECONDS - started)) s, every run published and agreed with DuckDB"
else
    echo "summary: ${#sizes[@]} sizes in $((SECONDS - started)) s, $failures did not end as expected"
    exit 1
fi
