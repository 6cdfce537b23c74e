package org.defstats.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables as written: text from inputs never becomes a spreadsheet formula, numbers stay numbers. */
class TableTest {

    @Test
    void formulaLikeTextIsDefusedButNumbersAreNot() {
        Table table = new Table("t.csv", List.of("value"), List.of(List.of("=HYPERLINK(\"x\")"), List.of("+1+1"),
                List.of("-818"), List.of("@SUM(A1)"), List.of("-78.1"), List.of("~1998"), List.of("-")));
        assertThat(new String(table.csv(), StandardCharsets.UTF_8)).isEqualTo(
                "value\n\"'=HYPERLINK(\"\"x\"\")\"\n'+1+1\n-818\n'@SUM(A1)\n-78.1\n~1998\n'-\n");
    }
}
