package org.defstats.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.defstats.io.Sha256;
import org.junit.jupiter.api.Test;

/** The synthetic register: the same bytes for a seed, the MOU's arrivals exactly, columns that hang together. */
class SyntheticRegisterTest {

    private static String register(long seed, long persons) throws IOException {
        StringBuilder out = new StringBuilder();
        SyntheticRegister.write(seed, persons, out);
        return out.toString();
    }

    @Test
    void aSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        String once = register(13, 5_000);
        assertThat(register(13, 5_000)).isEqualTo(once);
        assertThat(register(14, 5_000)).isNotEqualTo(once);
        assertThat(once).startsWith(SyntheticRegister.HEADER + "\n1,1990-0").endsWith("\n").doesNotContain("\r");
    }

    @Test
    void theShippedRegisterIsTheOneSeed13Makes() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("input/synthetic-register.csv"));
        assertThat(Sha256.of(shipped)).isEqualTo(Sha256.of(register(13, SyntheticRegister.REAL_TOTAL)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void arrivalsPerYearAndSexAreTheMousExactly() throws IOException {
        Map<String, long[]> byYear = new HashMap<>();
        List<String> lines = register(13, SyntheticRegister.REAL_TOTAL).lines().skip(1).toList();
        long previousId = 0;
        for (String line : lines) {
            String[] cells = line.split(",");
            assertThat(Long.parseLong(cells[0])).isEqualTo(previousId + 1);
            previousId++;
            long[] counts = byYear.computeIfAbsent(cells[1].substring(0, 4), y -> new long[2]);
            counts[cells[2].equals("male") ? 0 : 1]++;
        }
        assertThat(lines).hasSize(34_538);
        assertThat(byYear.get("2016")).containsExactly(302, 1_116);
        assertThat(byYear.get("2025")).containsExactly(26, 198);
        assertThat(byYear.get("2021")).containsExactly(40, 23);
        // 1999~2001: 565 men and 478 women, spread evenly, the first years taking the rest
        assertThat(byYear.get("1999")).containsExactly(189, 160);
        assertThat(byYear.get("2000")).containsExactly(188, 159);
        assertThat(byYear.get("2001")).containsExactly(188, 159);
        long men1998 = 0;
        long women1998 = 0;
        for (int year = 1990; year <= 1998; year++) {
            men1998 += byYear.get(Integer.toString(year))[0];
            women1998 += byYear.get(Integer.toString(year))[1];
        }
        assertThat(new long[] {men1998, women1998}).containsExactly(831, 116);
        assertThat(byYear).doesNotContainKey("1989").doesNotContainKey("2026");
    }

    @Test
    void theMousFiguresAreThoseOfTheShippedInputs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("input/mou-arrivals-by-year.csv")).subList(1, 27);
        assertThat(MouFigures.ARRIVALS).extracting(a -> a.period() + "," + a.male() + "," + a.female() + ","
                + (a.male() + a.female())).containsExactlyElementsOf(lines);
        String age = Files.readString(Path.of("input/mou-age-snapshots.csv"));
        String[] bands = {"0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60+"};
        for (int i = 0; i < bands.length; i++) {
            assertThat(age).contains("2020-09,male," + bands[i] + "," + MouFigures.AGE.male2020()[i] + "\n",
                    "2020-09,female," + bands[i] + "," + MouFigures.AGE.female2020()[i] + "\n",
                    "2022-12,all," + bands[i] + "," + MouFigures.AGE.all2022()[i] + "\n");
        }
        String occupation = Files.readString(Path.of("input/mou-occupation-snapshots.csv"));
        for (int i = 0; i < org.defstats.stocks.Occupation.values().length; i++) {
            String code = org.defstats.stocks.Occupation.values()[i].code();
            assertThat(occupation).contains("2020-09,male," + code + "," + MouFigures.OCCUPATION.male2020()[i] + "\n",
                    "2020-09,all," + code + "," + MouFigures.OCCUPATION.all2020()[i] + "\n",
                    "2022-12,all," + code + "," + MouFigures.OCCUPATION.all2022()[i] + "\n");
        }
        String education = Files.readString(Path.of("input/mou-education-snapshots.csv"));
        for (int i = 0; i < org.defstats.education.Level.values().length; i++) {
            String code = org.defstats.education.Level.values()[i].code();
            assertThat(education).contains("2020-09,male," + code + "," + MouFigures.EDUCATION_MALE_2020[i] + "\n",
                    "2022-12,all," + code + "," + MouFigures.EDUCATION_ALL_2022[i] + "\n");
        }
    }

    @Test
    void birthYearsGiveAnAgeAtEntryInTheDrawnRangeAndColumnsFollowTheBreakdowns() throws IOException {
        long children = 0;
        long laborers = 0;
        long northHamgyong = 0;
        List<String> lines = register(13, SyntheticRegister.REAL_TOTAL).lines().skip(1).toList();
        for (String line : lines) {
            String[] c = line.split(",");
            int year = Integer.parseInt(c[1].substring(0, 4));
            int month = Integer.parseInt(c[1].substring(5));
            int age = year - Integer.parseInt(c[3]) - (month < 7 ? 1 : 0);
            assertThat(age).isBetween(0, 79);
            children += age < 10 ? 1 : 0;
            laborers += c[5].equals("laborer") ? 1 : 0;
            northHamgyong += c[6].equals("north_hamgyong") ? 1 : 0;
        }
        // end 2022: 1,297 of 33,836 were 0-9 at entry, 13,399 laborers; North Hamgyong is assumed at 58 %
        assertThat(children / (double) lines.size()).isBetween(0.033, 0.044);
        assertThat(laborers / (double) lines.size()).isBetween(0.38, 0.41);
        assertThat(northHamgyong / (double) lines.size()).isBetween(0.565, 0.595);
    }

    @Test
    void aLargerRegisterScalesEveryYearAndAddsUpToItsSize() {
        List<SyntheticRegister.YearCount> million = SyntheticRegister.yearlyCounts(1_000_000);
        assertThat(million.stream().mapToLong(y -> y.male() + y.female()).sum()).isEqualTo(1_000_000);
        SyntheticRegister.YearCount y2016 = million.stream().filter(y -> y.year() == 2016).findFirst().orElseThrow();
        // 302 and 1,116 of 34,538, times 1,000,000 / 34,538: 8,743.99 and 32,312.23
        assertThat(y2016.male()).isBetween(8_743L, 8_744L);
        assertThat(y2016.female()).isBetween(32_312L, 32_313L);
        assertThat(SyntheticRegister.yearlyCounts(7).stream().mapToLong(y -> y.male() + y.female()).sum()).isEqualTo(7);
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticRegister.yearlyCounts(0));
    }
}
