package org.defstats.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Five linked tables of the size the register job publishes (about 800 cells, dozens of them unsafe), tabulated
 * from made-up persons: protection must pass its own audit, suppress every unsafe cell, give a shared cell one
 * status in every table, and keep every grand total.
 */
class RegisterSizedTablesTest {

    private static final List<String> DIMENSIONS = List.of("arrival_year", "sex", "education", "age_band",
            "occupation", "province");
    private static final List<List<String>> TABLES = List.of(List.of("arrival_year", "sex"),
            List.of("arrival_year", "education"), List.of("age_band", "sex"), List.of("occupation", "sex"),
            List.of("province", "arrival_year"));

    @Test
    void fiveLinkedTablesOfARegisterAreProtectedAndPassTheirAudit() {
        List<CountTable> tables = tabulate(persons(34_538, new Random(13)));
        SuppressionRules rules = SuppressionRules.DEFAULT;

        Protection protection = DisclosureControl.protect(tables, rules);

        List<Map<List<String>, CellStatus>> pattern = protection.tables().stream().map(ProtectedTable::status).toList();
        assertThat(Audit.check(tables, pattern, rules)).isEqualTo(new AuditSummary(
                "threshold=3 protection=3 zeros=safe secondary=given audit=lp-ojalgo", protection.audit().cells(),
                protection.audit().primary(), protection.audit().secondary(), protection.audit().narrowestRatio()));
        assertThat(protection.audit().cells()).isGreaterThan(700);
        assertThat(protection.audit().primary()).isGreaterThan(20);
        assertThat(protection.audit().narrowestRatio()).isGreaterThanOrEqualTo(java.math.BigDecimal.ONE);
        Map<Map<String, String>, Boolean> publishedByCell = new HashMap<>();
        for (int t = 0; t < tables.size(); t++) {
            CountTable table = tables.get(t);
            ProtectedTable result = protection.tables().get(t);
            for (Map.Entry<List<String>, Long> cell : table.counts().entrySet()) {
                CellStatus status = result.status().get(cell.getKey());
                long count = cell.getValue();
                if (count > 0 && count < rules.threshold()) {
                    assertThat(status).isEqualTo(CellStatus.PRIMARY);
                }
                if (cell.getKey().stream().allMatch(CountTable.TOTAL::equals)) {
                    assertThat(status).isEqualTo(CellStatus.PUBLISHED);
                }
                Map<String, String> logical = new HashMap<>();
                for (int d = 0; d < cell.getKey().size(); d++) {
                    if (!cell.getKey().get(d).equals(CountTable.TOTAL)) {
                        logical.put(table.dimensions().get(d), cell.getKey().get(d));
                    }
                }
                Boolean before = publishedByCell.putIfAbsent(logical, status == CellStatus.PUBLISHED);
                assertThat(before == null || before == (status == CellStatus.PUBLISHED))
                        .as("%s has one status in every table", logical).isTrue();
            }
        }
    }

    /** Persons with skewed categories, so that early years, rare occupations and small provinces give small cells. */
    static List<String[]> persons(int n, Random random) {
        List<String[]> persons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] person = new String[DIMENSIONS.size()];
            person[0] = String.valueOf(1998 + skewed(random, 28, 0.93));
            person[1] = random.nextDouble() < 0.72 ? "F" : "M";
            person[2] = "e" + skewed(random, 8, 0.55);
            person[3] = "a" + skewed(random, 7, 0.6);
            person[4] = "o" + skewed(random, 8, 0.45);
            person[5] = "p" + skewed(random, 13, 0.5);
            persons.add(person);
        }
        return persons;
    }

    /** 0 .. n-1 with weights ratio^k: a few common categories, a tail of rare ones. */
    private static int skewed(Random random, int n, double ratio) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += Math.pow(ratio, k);
        }
        double u = random.nextDouble() * total;
        for (int k = 0; k < n; k++) {
            u -= Math.pow(ratio, k);
            if (u < 0) {
                return k;
            }
        }
        return n - 1;
    }

    static List<CountTable> tabulate(List<String[]> persons) {
        List<CountTable> tables = new ArrayList<>();
        for (List<String> dimensions : TABLES) {
            Map<List<String>, Long> inner = new HashMap<>();
            List<List<String>> categories = new ArrayList<>();
            for (String dimension : dimensions) {
                int d = DIMENSIONS.indexOf(dimension);
                categories.add(persons.stream().map(p -> p[d]).distinct().sorted().toList());
            }
            for (List<String> key : product(categories)) {
                inner.put(key, 0L);
            }
            for (String[] person : persons) {
                List<String> key = dimensions.stream().map(dimension -> person[DIMENSIONS.indexOf(dimension)]).toList();
                inner.merge(key, 1L, Long::sum);
            }
            tables.add(Tables.summed(String.join("-", dimensions), dimensions, inner));
        }
        return tables;
    }

    private static List<List<String>> product(List<List<String>> categories) {
        List<List<String>> keys = List.of(List.of());
        for (List<String> values : categories) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> key : keys) {
                for (String value : values) {
                    List<String> next = new ArrayList<>(key);
                    next.add(value);
                    longer.add(List.copyOf(next));
                }
            }
            keys = longer;
        }
        return keys;
    }
}
