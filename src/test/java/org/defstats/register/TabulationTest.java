package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.defstats.disclosure.CountTable;
import org.defstats.education.Level;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;
import org.junit.jupiter.api.Test;

/** Counting persons into cross-tables in one pass, worked by hand. */
class TabulationTest {

    private static final String T = CountTable.TOTAL;

    private static RegisterSettings settings(List<List<String>> tables) {
        return new RegisterSettings(tables, AgeBands.MOU, 3, 3, false, "method");
    }

    private static Person person(long id, String arrival, Sex sex, int born, Level education) {
        return new Person(id, YearMonth.parse(arrival), sex, born, education, Occupation.LABORER, Province.RYANGGANG);
    }

    /** 2016: 2 men, 1 woman; 2018: 1 woman; nobody in 2017. */
    private static final List<Person> PERSONS = List.of(
            person(1, "2016-03", Sex.MALE, 1980, Level.SECONDARY),
            person(2, "2016-11", Sex.MALE, 1990, Level.UNIVERSITY),
            person(3, "2016-12", Sex.FEMALE, 1996, Level.SECONDARY),
            person(4, "2018-06", Sex.FEMALE, 2008, Level.PRIMARY));

    private static List<CountTable> tabulate(RegisterSettings settings, List<Person> persons) {
        Tabulation fold = new Tabulation(settings);
        persons.forEach(fold::add);
        return Tabulation.countTables(settings, fold.cells());
    }

    @Test
    void everyCellEveryMarginAndTheGrandTotal() {
        CountTable table = tabulate(settings(List.of(List.of("arrival_year", "sex"))), PERSONS).get(0);

        assertThat(table.counts()).containsEntry(List.of("2016", "male"), 2L)
                .containsEntry(List.of("2016", "female"), 1L)
                .containsEntry(List.of("2016", T), 3L)
                .containsEntry(List.of("2017", "male"), 0L)
                .containsEntry(List.of("2017", T), 0L)
                .containsEntry(List.of("2018", "female"), 1L)
                .containsEntry(List.of(T, "male"), 2L)
                .containsEntry(List.of(T, "female"), 2L)
                .containsEntry(List.of(T, T), 4L);
        // years from the first arrival to the last, each with both sexes and its margin; and the sexes' margins
        assertThat(table.counts()).hasSize(3 * 3 + 3).doesNotContainKey(List.of("2015", "male"));
    }

    @Test
    void ageAtEntryCountsCompletedYearsWithTheBirthdayOnTheFirstOfJuly() {
        CountTable ages = tabulate(settings(List.of(List.of("age_band"))), PERSONS).get(0);

        // 1980 → 2016-03: 35 (birthday not yet); 1990 → 2016-11: 26; 1996 → 2016-12: 20; 2008 → 2018-06: 9
        assertThat(ages.counts()).containsEntry(List.of("30-39"), 1L).containsEntry(List.of("20-29"), 2L)
                .containsEntry(List.of("0-9"), 1L).containsEntry(List.of("10-19"), 0L)
                .containsEntry(List.of("60+"), 0L).containsEntry(List.of(T), 4L);
        assertThat(person(9, "2016-06", Sex.MALE, 1996, Level.NONE).ageAtEntry()).isEqualTo(19);
        assertThat(person(9, "2016-07", Sex.MALE, 1996, Level.NONE).ageAtEntry()).isEqualTo(20);
    }

    @Test
    void foldsOfPartsOfTheRegisterAddUpToTheFoldOfTheWhole() {
        RegisterSettings settings = settings(List.of(List.of("arrival_year", "education"), List.of("sex")));
        Tabulation first = new Tabulation(settings);
        Tabulation second = new Tabulation(settings);
        PERSONS.subList(0, 2).forEach(first::add);
        PERSONS.subList(2, 4).forEach(second::add);
        List<Cell> cells = new ArrayList<>(first.cells());
        cells.addAll(second.cells());

        assertThat(Tabulation.countTables(settings, cells)).isEqualTo(tabulate(settings, PERSONS));
    }

    @Test
    void threeDimensionsHaveEveryPartialMargin() {
        CountTable table = tabulate(settings(List.of(List.of("arrival_year", "sex", "education"))), PERSONS).get(0);

        assertThat(table.counts()).containsEntry(List.of("2016", "male", "secondary"), 1L)
                .containsEntry(List.of("2016", T, "secondary"), 2L)
                .containsEntry(List.of(T, "male", T), 2L)
                .containsEntry(List.of(T, T, "secondary"), 2L)
                .containsEntry(List.of(T, T, T), 4L);
    }

    @Test
    void aStagedCellOutsideTheTablesOrAnEmptyRegisterIsRefused() {
        RegisterSettings settings = settings(List.of(List.of("sex")));

        assertThatThrownBy(() -> Tabulation.countTables(settings, List.of(new Cell(0, 2, 1))))
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> Tabulation.countTables(settings, List.of(new Cell(1, 0, 1))))
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> Tabulation.countTables(settings, List.of())).hasMessageContaining("nobody");
    }
}
