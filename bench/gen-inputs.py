#!/usr/bin/env python3
"""Writes synthetic arrivals inputs for bench/ingest.sh: valid ones that every rule accepts, and one whose
every line is refused.

The figures are invented (seeded, so every run writes the same bytes) and never leave the benchmark's
temporary folder. They are made consistent by construction: each month from 1945-01 to December of the last
year gets a male and a female count, a year's row is the sum of its months, and a span's row is the sum
of the months it covers. So male + female = total on every line, a span of one year never exceeds the
year, January to December equals it, the four quarters add up to it and year-to-date spans never shrink.

Spans of months may cross years (2016-11~2017-02): only spans within one year are checked against a year.
With M months from 1945-01 to December of the last year there are M * (M + 1) / 2 distinct spans (a
start month and an end month not before it): M = 984 and 484,620 spans when the last year is 2026.

Usage: gen-inputs.py OUTDIR LAST_YEAR SIZE...
  SIZE is a number of spans or "max" (every span). Files written in OUTDIR:
  yearly.csv                        one row per year 1945..LAST_YEAR
  partial-SIZE.csv                  SIZE distinct spans (the shortest first, written in period order)
  partial-10000-footnotes.csv       the 10,000 spans padded with footnote lines to 1,000,000 lines
  partial-bad-1000000.csv           1,000,000 lines, every data line with a non-numeric male count
It prints the number of spans of "max".
"""

import random
import sys

FIRST_YEAR = 1945
HEADER = "period,male,female,total\n"
PADDED_LINES = 1_000_000
PADDED_SPANS = 10_000
SEED = 20261122


def month_label(index):
    return "%d-%02d" % (FIRST_YEAR + index // 12, index % 12 + 1)


def monthly_counts(months):
    rng = random.Random(SEED)
    return [(rng.randint(0, 15), rng.randint(0, 45)) for _ in range(months)]


def prefix_sums(values):
    sums = [0]
    for v in values:
        sums.append(sums[-1] + v)
    return sums


def spans_shortest_first(months, count):
    """The first count spans (start, end) ordered by length, then start; then sorted by period."""
    chosen = []
    length = 1
    while len(chosen) < count and length <= months:
        for start in range(0, months - length + 1):
            chosen.append((start, start + length - 1))
            if len(chosen) == count:
                break
        length += 1
    chosen.sort()
    return chosen


def span_lines(spans, male_sums, female_sums):
    for start, end in spans:
        male = male_sums[end + 1] - male_sums[start]
        female = female_sums[end + 1] - female_sums[start]
        yield "%s~%s,%d,%d,%d\n" % (month_label(start), month_label(end), male, female, male + female)


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        f.writelines(lines)


def main(argv):
    if len(argv) < 4:
        sys.exit("usage: gen-inputs.py OUTDIR LAST_YEAR SIZE...  (SIZE a number of spans or 'max')")
    out, last_year, sizes = argv[1], int(argv[2]), argv[3:]
    if last_year < FIRST_YEAR:
        sys.exit("gen-inputs.py: LAST_YEAR must be %d or later, not %d" % (FIRST_YEAR, last_year))
    months = (last_year - FIRST_YEAR + 1) * 12
    most = months * (months + 1) // 2
    counts = monthly_counts(months)
    male_sums = prefix_sums([m for m, _ in counts])
    female_sums = prefix_sums([f for _, f in counts])

    def yearly_lines():
        for year in range(FIRST_YEAR, last_year + 1):
            first, last = (year - FIRST_YEAR) * 12, (year - FIRST_YEAR) * 12 + 12
            male = male_sums[last] - male_sums[first]
            female = female_sums[last] - female_sums[first]
            yield "%d,%d,%d,%d\n" % (year, male, female, male + female)

    counts_asked = [most if size == "max" else int(size) for size in sizes]
    for size, count in zip(sizes, counts_asked):
        if not 0 < count <= most:
            sys.exit("gen-inputs.py: %s spans asked, but %d to %d has %d distinct spans of months"
                     % (size, FIRST_YEAR, last_year, most))
    write("%s/yearly.csv" % out, yearly_lines())
    for size, count in zip(sizes, counts_asked):
        write("%s/partial-%s.csv" % (out, size),
              span_lines(spans_shortest_first(months, count), male_sums, female_sums))

    padded = list(span_lines(spans_shortest_first(months, PADDED_SPANS), male_sums, female_sums))
    footnotes = PADDED_LINES - 1 - len(padded)
    padded.extend("※ benchmark footnote %d: not a data line\n" % n for n in range(1, footnotes + 1))
    write("%s/partial-%d-footnotes.csv" % (out, PADDED_SPANS), padded)

    # a valid period and total, but a male count that is not a number: one "count" problem per line
    write("%s/partial-bad-%d.csv" % (out, PADDED_LINES),
          ("%s~%s,x%d,0,0\n" % (month_label(n % months), month_label(n % months), n)
           for n in range(PADDED_LINES - 1)))
    print(most)


if __name__ == "__main__":
    main(sys.argv)
