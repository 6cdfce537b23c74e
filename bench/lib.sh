# Shared by the bench/ scripts: source it after setting `bench` (the script's name in messages) and `keep`.
# die, the GNU time check, the temporary folder (removed at exit unless --keep), the build, fetching a
# benchmark-only artifact with Maven, and reading GNU time -v's report.

die() {
    echo "$bench: $*" >&2
    exit 2
}

require_gnu_time() {
    [ -x /usr/bin/time ] || die "GNU time is missing at /usr/bin/time; install it (apt-get install time)"
    /usr/bin/time -v true >/dev/null 2>&1 || die "/usr/bin/time is not GNU time (no -v); install it (apt-get install time)"
}

# make_tmp NAME: sets tmp to a new folder, removed when the script exits unless keep is true
make_tmp() {
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/defstats-$1.XXXXXX")"
    trap 'if $keep; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi' EXIT
}

# build_defstats: builds the jar through ./defstats when it is missing or stale; sets version
build_defstats() {
    echo "building defstats when needed…" >&2
    version="$("$home/defstats" --version)" || die "./defstats --version failed; the build is broken"
}

# fetch ARTIFACT DIR: copies a Maven artifact into DIR, from the local repository offline if it is there, else
# downloading it once; never a dependency of defstats
fetch() {
    (cd "$tmp" && { mvn -B -ntp -q -o dependency:copy -Dartifact="$1" -DoutputDirectory="$2" >>"$tmp/mvn.txt" 2>&1 \
        || mvn -B -ntp -q dependency:copy -Dartifact="$1" -DoutputDirectory="$2" >>"$tmp/mvn.txt" 2>&1; }) \
        || { sed -n '1,20p' "$tmp/mvn.txt" >&2; die "could not resolve $1 with Maven"; }
}

# GNU time's wall clock, h:mm:ss or m:ss.ss, in seconds
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i];
        printf "%.2f", s }' "$1"
}
cpu_seconds() {
    awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$1"
}
