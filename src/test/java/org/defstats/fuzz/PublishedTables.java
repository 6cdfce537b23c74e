package org.defstats.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Oracles of published tables: each derived column recomputed from the table's own figures, as README defines it. */
final class PublishedTables {

    private PublishedTables() {
    }

    static void checkArrivals(Map<String, List<List<String>>> tables, List<Long> thresholds) {
        List<List<String>> yearly = tables.get("yearly.csv");
        List<Long> cumulative = new ArrayList<>();
        List<String> previous = null;
        long sum = 0;
        for (List<String> row : yearly) {
            String period = row.get(0);
            Long male = number(row.get(1));
            Long female = number(row.get(2));
            long total = Long.parseLong(row.get(3));
            if (male != null && female != null) {
                assertThat(male + female).as("male + female of %s", period).isEqualTo(total);
            }
            assertThat(row.get(4)).as("female share of %s", period)
                    .isEqualTo(female == null || total == 0 ? "" : percent(female, total));
            sum += total;
            cumulative.add(sum);
            assertThat(row.get(7)).as("cumulative total of %s", period).isEqualTo(Long.toString(sum));
            boolean yearAfter = previous != null && isYear(period) && isYear(previous.get(0))
                    && Integer.parseInt(period) == Integer.parseInt(previous.get(0)) + 1;
            long previousTotal = previous == null ? 0 : Long.parseLong(previous.get(3));
            if (previous != null) {
                assertThat(firstYear(period)).as("%s follows %s without gap or overlap", period, previous.get(0))
                        .isEqualTo(lastYear(previous.get(0)) + 1);
            }
            assertThat(row.get(5)).as("change in persons of %s", period)
                    .isEqualTo(yearAfter ? Long.toString(total - previousTotal) : "");
            assertThat(row.get(6)).as("change in percent of %s", period)
                    .isEqualTo(yearAfter && previousTotal != 0 ? percent(total - previousTotal, previousTotal) : "");
            previous = row;
        }

        List<List<String>> partial = tables.get("partial-periods.csv");
        Map<String, List<String>> spans = new LinkedHashMap<>();
        partial.forEach(row -> spans.put(row.get(0), row));
        Span last = null;
        for (List<String> row : partial) {
            Span span = Span.parse(row.get(0));
            assertThat(last == null || last.compareTo(span) < 0).as("%s after %s", span, last).isTrue();
            Long male = number(row.get(1));
            Long female = number(row.get(2));
            long total = Long.parseLong(row.get(3));
            if (male != null && female != null) {
                assertThat(male + female).as("male + female of %s", span).isEqualTo(total);
            }
            String yearBefore = new Span(span.fromYear() - 1, span.fromMonth(), span.toYear() - 1, span.toMonth())
                    .label();
            List<String> before = spans.get(yearBefore);
            long previousTotal = before == null ? 0 : Long.parseLong(before.get(3));
            assertThat(row.subList(4, 7)).as("comparison of %s with a year earlier", span).isEqualTo(before == null
                    ? List.of("", "", "")
                    : List.of(yearBefore, before.get(3), previousTotal == 0 ? "" : percent(total - previousTotal,
                            previousTotal)));
            last = span;
        }

        List<List<String>> milestones = tables.get("milestones.csv");
        assertThat(milestones).as("milestones").hasSize(thresholds.size());
        for (int i = 0; i < thresholds.size(); i++) {
            long threshold = thresholds.get(i);
            int reached = 0;
            while (reached < yearly.size() && cumulative.get(reached) < threshold) {
                reached++;
            }
            List<String> expected;
            if (reached == yearly.size()) {
                expected = List.of(Long.toString(threshold), "", "", "", "");
            }
            else {
                String period = yearly.get(reached).get(0);
                long before = reached == 0 ? 0 : cumulative.get(reached - 1);
                String month = "";
                String atMonth = "";
                if (isYear(period)) {
                    Map<Integer, Long> yearToDate = yearToDate(partial, Integer.parseInt(period));
                    for (Map.Entry<Integer, Long> e : yearToDate.entrySet()) {
                        if (before + e.getValue() >= threshold) {
                            if (e.getKey() == 1 || yearToDate.containsKey(e.getKey() - 1)) {
                                month = String.format(Locale.ROOT, "%s-%02d", period, e.getKey());
                                atMonth = Long.toString(before + e.getValue());
                            }
                            break;
                        }
                    }
                }
                expected = List.of(Long.toString(threshold), period, month, atMonth,
                        Long.toString(cumulative.get(reached)));
            }
            assertThat(milestones.get(i)).as("milestone %d", threshold).isEqualTo(expected);
        }
    }

    private static Map<Integer, Long> yearToDate(List<List<String>> partial, int year) {
        Map<Integer, Long> byMonth = new TreeMap<>();
        for (List<String> row : partial) {
            Span span = Span.parse(row.get(0));
            if (span.fromYear() == year && span.toYear() == year && span.fromMonth() == 1) {
                byMonth.put(span.toMonth(), Long.parseLong(row.get(3)));
            }
        }
        return byMonth;
    }

    static void checkEducation(Map<String, List<List<String>>> tables) {
        Map<Integer, Map<String, Long>> years = new TreeMap<>();
        List<Integer> order = new ArrayList<>();
        for (List<String> row : tables.get("levels.csv")) {
            int year = Integer.parseInt(row.get(0));
            order.add(year * 10 + FuzzCases.LEVEL_ORDER.indexOf(row.get(1)));
            assertThat(FuzzCases.LEVEL_ORDER).as("level of %s", row).contains(row.get(1));
            years.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(row.get(1), Long.parseLong(row.get(2)));
        }
        assertThat(order).as("levels by year and level").isSorted().doesNotHaveDuplicates();
        Set<String> levels = years.values().iterator().next().keySet();
        for (List<String> row : tables.get("levels.csv")) {
            int year = Integer.parseInt(row.get(0));
            assertThat(years.get(year).keySet()).as("levels of %d", year).isEqualTo(levels);
            long total = years.get(year).values().stream().mapToLong(Long::longValue).sum();
            long count = Long.parseLong(row.get(2));
            assertThat(row.subList(3, 5)).as("total and share of %s", row)
                    .isEqualTo(List.of(Long.toString(total), total == 0 ? "" : percent(count, total)));
        }
        List<List<String>> group = tables.get("university-or-higher.csv");
        assertThat(group.stream().map(r -> Integer.parseInt(r.get(0))).toList()).as("years of the group table")
                .isEqualTo(new ArrayList<>(years.keySet()));
        List<String> previous = null;
        for (List<String> row : group) {
            int year = Integer.parseInt(row.get(0));
            long count = years.get(year).getOrDefault("university", 0L);
            long total = years.get(year).values().stream().mapToLong(Long::longValue).sum();
            String change = "";
            if (previous != null && Integer.parseInt(previous.get(0)) == year - 1 && total != 0
                    && !previous.get(2).equals("0")) {
                change = points(Long.parseLong(previous.get(1)), Long.parseLong(previous.get(2)), count, total);
            }
            assertThat(row).as("group figures of %d", year).isEqualTo(List.of(Integer.toString(year),
                    Long.toString(count), Long.toString(total), total == 0 ? "" : percent(count, total), change));
            previous = row;
        }
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String points(long partBefore, long wholeBefore, long partAfter, long wholeAfter) {
        BigInteger numerator = BigInteger.valueOf(partAfter).multiply(BigInteger.valueOf(wholeBefore))
                .subtract(BigInteger.valueOf(partBefore).multiply(BigInteger.valueOf(wholeAfter)))
                .multiply(BigInteger.valueOf(100));
        return new BigDecimal(numerator).divide(new BigDecimal(BigInteger.valueOf(wholeBefore)
                .multiply(BigInteger.valueOf(wholeAfter))), 1, RoundingMode.HALF_UP).toPlainString();
    }

    private static Long number(String cell) {
        return cell.isEmpty() ? null : Long.parseLong(cell);
    }

    private static boolean isYear(String period) {
        return period.matches("[0-9]{4}");
    }

    private static int firstYear(String period) {
        return period.startsWith("~") ? Integer.MIN_VALUE : Integer.parseInt(period.substring(0, 4));
    }

    private static int lastYear(String period) {
        return Integer.parseInt(period.substring(period.length() - 4));
    }

    /** A span of months as the partial-periods table labels it: 2016-01~2016-09, or 2016-03 for one month. */
    private record Span(int fromYear, int fromMonth, int toYear, int toMonth) implements Comparable<Span> {

        private static final Pattern LABEL = Pattern.compile("([0-9]{4})-([0-9]{2})(?:~([0-9]{4})-([0-9]{2}))?");
        private static final Comparator<Span> ORDER = Comparator.comparingInt(Span::fromYear)
                .thenComparingInt(Span::fromMonth).thenComparingInt(Span::toYear).thenComparingInt(Span::toMonth);

        static Span parse(String label) {
            Matcher m = LABEL.matcher(label);
            assertThat(m.matches()).as("span label %s", label).isTrue();
            int fromYear = Integer.parseInt(m.group(1));
            int fromMonth = Integer.parseInt(m.group(2));
            return m.group(3) == null ? new Span(fromYear, fromMonth, fromYear, fromMonth)
                    : new Span(fromYear, fromMonth, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }

        String label() {
            String from = String.format(Locale.ROOT, "%04d-%02d", fromYear, fromMonth);
            return fromYear == toYear && fromMonth == toMonth ? from
                    : from + String.format(Locale.ROOT, "~%04d-%02d", toYear, toMonth);
        }

        @Override
        public int compareTo(Span other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
