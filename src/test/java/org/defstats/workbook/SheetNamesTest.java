package org.defstats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sheet names within Excel's rules, unique without regard to case. */
class SheetNamesTest {

    @Test
    void forbiddenCharactersAndEndApostrophesAreReplacedAndLongNamesShortened() {
        SheetNames names = new SheetNames();

        assertThat(names.names(List.of("a/b:c*d?[e]\\f", "'quoted'", "", "x".repeat(40)))).containsExactly(
                "a_b_c_d__e__f", "quoted", "sheet", "x".repeat(31));
    }

    @Test
    void aNameTakenAlreadyWithoutRegardToCaseGetsANumber() {
        SheetNames names = new SheetNames();

        assertThat(names.names(List.of("about", "About", "ABOUT", "history", "y".repeat(31), "y".repeat(35))))
                .containsExactly("about", "About~2", "ABOUT~3", "history~2", "y".repeat(31), "y".repeat(29) + "~2");
    }
}
