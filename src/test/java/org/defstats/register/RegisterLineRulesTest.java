package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.defstats.education.Level;
import org.defstats.stocks.Occupation;
import org.defstats.stocks.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One line of a register: English and Korean headers and labels, encodings, and each rule with its place. */
class RegisterLineRulesTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheShippedLayout() throws Exception {
        Path file = file("r.csv", SyntheticRegister.HEADER + "\n1,2016-11,female,1985,secondary,laborer,"
                + "north_hamgyong\n2,2016-12,male,1990,university,military,ryanggang\n");
        assertThat(RegisterFiles.persons(file)).containsExactly(
                new Person(1, YearMonth.of(2016, 11), Sex.FEMALE, 1985, Level.SECONDARY, Occupation.LABORER,
                        Province.NORTH_HAMGYONG),
                new Person(2, YearMonth.of(2016, 12), Sex.MALE, 1990, Level.UNIVERSITY, Occupation.MILITARY,
                        Province.RYANGGANG));
    }

    @Test
    void koreanHeadersAndLabelsInAnyOrderAndInCp949GiveTheSamePersons() throws Exception {
        String text = "입국년월,일련번호,성별,출생연도,북한학력,북한직업,출신지\n2016년 11월,1,여성,1985년,고등중학교,노동자,함경북도\n"
                + "2016.12,2,남,1990,대학이상,군인,양강도\n\n※ 합성 자료\n";
        Path utf8 = file("등록부.csv", text);
        Path cp949 = dir.resolve("cp949.csv");
        Files.write(cp949, text.getBytes(Charset.forName("x-windows-949")));
        assertThat(RegisterFiles.persons(utf8)).isEqualTo(RegisterFiles.persons(file("r.csv",
                SyntheticRegister.HEADER + "\n1,2016-11,female,1985,secondary,laborer,north_hamgyong\n"
                        + "2,2016-12,male,1990,university,military,ryanggang\n")));
        assertThat(RegisterFiles.persons(cp949)).isEqualTo(RegisterFiles.persons(utf8));
    }

    @Test
    void aDuplicateIdAndAnIdOutOfOrderAreRefusedAtTheirCell() throws Exception {
        Path file = file("r.csv", SyntheticRegister.HEADER + "\n5,2016-11,female,1985,secondary,laborer,ryanggang\n"
                + "5,2016-11,male,1985,secondary,laborer,ryanggang\n3,2016-11,male,1985,secondary,laborer,ryanggang\n"
                + "9,2016-11,male,1985,secondary,laborer,ryanggang\n");
        assertThat(RegisterFiles.problems(file)).containsExactly(
                "r.csv:3:1: id 5 is given twice (lines 2 and 3); each person must appear once [duplicate-id]",
                "r.csv:4:1: id 3 comes after id 5 (line 3); the register must be sorted by id, so that a person "
                        + "given twice is found: sort the export by id [id-order]");
    }

    @Test
    void aDuplicateAfterAnIdOutOfOrderIsStillFound() throws Exception {
        Path file = file("r.csv", SyntheticRegister.HEADER + "\n5,2016-11,female,1985,secondary,laborer,ryanggang\n"
                + "3,2016-11,male,1985,secondary,laborer,ryanggang\n5,2016-11,male,1985,secondary,laborer,ryanggang\n");
        assertThat(RegisterFiles.problems(file)).hasSize(2).last().asString().contains("r.csv:4:1: id 5 is given twice");
    }

    @Test
    void badMonthsSexesYearsAndLabelsAreEachProblemsOfTheirCell() throws Exception {
        Path file = file("r.csv", SyntheticRegister.HEADER + "\n1,2016-13,total,1985,secondary,laborer,ryanggang\n"
                + "2,2016-11,female,2017,phd,pilot,seoul\n3,2027-01,male,x,secondary,laborer,ryanggang\n"
                + "4x,2016-11,male,1990,secondary,laborer,ryanggang\n");
        assertThat(RegisterFiles.problems(file)).containsExactly(
                "r.csv:2:2: '2016-13' has a month outside 01 to 12 [month]",
                "r.csv:2:3: 'total' is not the sex of a person; use male (남, 남성, 남자) or female (여, 여성, 여자) [sex]",
                "r.csv:3:4: 2017 is outside the years 1900 to 2016 (the year of arrival); check the year of birth "
                        + "[birth-year]",
                "r.csv:3:5: 'phd' is not one of the education labels defstats knows; use " + Level.labels() + " [education]",
                "r.csv:3:6: 'pilot' is not one of the occupation labels defstats knows; use " + Occupation.labels() + " [occupation]",
                "r.csv:3:7: 'seoul' is not one of the province labels defstats knows; use " + Province.labels() + " [province]",
                "r.csv:4:2: 2027-01 is outside the months 1945-01 to 2026-11; check the month [month]",
                "r.csv:4:4: 'x' is not a year of birth such as 1985 [birth-year]",
                "r.csv:5:1: '4x' is not an id; ids are whole numbers of up to 18 digits [id]");
    }

    @Test
    void aMissingColumnIsRefusedAtTheHeader() throws Exception {
        Path file = file("r.csv", "id,arrival,sex,birth_year,education,occupation\n1,2016-11,female,1985,secondary,"
                + "laborer\n");
        assertThat(RegisterFiles.problems(file)).singleElement().asString().startsWith("r.csv:1: missing column "
                + "province (province_of_origin, origin, 출신지");
    }

    @Test
    void ageAtEntryCountsCompletedYearsWithTheBirthdayOn1July() {
        Person june = new Person(1, YearMonth.of(2016, 6), Sex.MALE, 1986, Level.NONE, Occupation.LABORER,
                Province.NAMPO);
        Person july = new Person(1, YearMonth.of(2016, 7), Sex.MALE, 1986, Level.NONE, Occupation.LABORER,
                Province.NAMPO);
        assertThat(june.ageAtEntry()).isEqualTo(29);
        assertThat(july.ageAtEntry()).isEqualTo(30);
    }
}
