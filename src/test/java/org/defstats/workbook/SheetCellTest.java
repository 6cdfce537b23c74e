package org.defstats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** How a CSV cell becomes a sheet cell: which are numbers, with which format, shown how. */
class SheetCellTest {

    @Test
    void wholeFiguresAreCountsShownWithThousandsSeparators() {
        SheetCell.Figure total = (SheetCell.Figure) SheetCell.of("1418", false);

        assertThat(total.number()).isEqualTo(1418L);
        assertThat(total.format()).isEqualTo("#,##0");
        assertThat(total.shown()).isEqualTo("1,418");
        assertThat(SheetCell.of("-1234567", false).shown()).isEqualTo("-1,234,567");
        assertThat(SheetCell.of("947", false).shown()).isEqualTo("947");
    }

    @Test
    void decimalsKeepExactlyTheDecimalsTheTableShows() {
        SheetCell.Figure share = (SheetCell.Figure) SheetCell.of("5.0", false);

        assertThat(share.number()).isEqualTo(new BigDecimal("5.0"));
        assertThat(share.format()).isEqualTo("0.0");
        assertThat(share.shown()).isEqualTo("5.0");
        assertThat(((SheetCell.Figure) SheetCell.of("-12.25", false)).format()).isEqualTo("0.00");
    }

    @Test
    void labelsEmptyCellsAndWhatIsNoPlainFigureAreNotNumbers() {
        assertThat(SheetCell.of("2016", true)).isEqualTo(new SheetCell.Text("2016"));
        assertThat(SheetCell.of("", false)).isNull();
        assertThat(SheetCell.of("007", false)).isEqualTo(new SheetCell.Text("007"));
        assertThat(SheetCell.of("1e3", false)).isEqualTo(new SheetCell.Text("1e3"));
        assertThat(SheetCell.of("1234567890123456", false)).as("more digits than a double holds")
                .isEqualTo(new SheetCell.Text("1234567890123456"));
        assertThat(SheetCell.of("x".repeat(40_000), true).shown()).hasSize(SheetCell.MAX_TEXT);
    }
}
