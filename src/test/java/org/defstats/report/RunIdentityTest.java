package org.defstats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Replay's comparison of two reports: the run's identity left out, nothing else. */
class RunIdentityTest {

    private static byte[] report(String identity, String figure) {
        return ("<!DOCTYPE html>\n<html><body><p>Run <span data-run-identity=\"\">" + identity + "</span></p>\n"
                + "<table><tr><td>" + figure + "</td></tr></table>\n</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reportsThatDifferOnlyInTheRunsIdentityAreTheSame() {
        assertThat(RunIdentity.sameApartFromIdentity(report("20261122T021508Z-7", "1,418"),
                report("20261203T083815Z-1 <b>built</b> elsewhere", "1,418"))).isTrue();
    }

    @Test
    void aFigureThatDiffersIsADifference() {
        assertThat(RunIdentity.sameApartFromIdentity(report("a", "1,418"), report("a", "1,414"))).isFalse();
    }

    @Test
    void anIdentityElementOnlyOneReportHasIsLeftOutWithItsLineBreak() {
        byte[] revised = ("<html><body><td>1,414<span data-run-identity=\"\">was 1,418</span></td>\n"
                + "<p data-run-identity=\"\">revised since run a</p>\n<p>end</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] first = "<html><body><td>1,414</td>\n<p>end</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(RunIdentity.sameApartFromIdentity(revised, first)).isTrue();
    }

    @Test
    void aReportThatIsNotWellFormedIsNeverTheSame() {
        byte[] broken = "<html><body><p>1,418</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(RunIdentity.sameApartFromIdentity(broken, broken)).isFalse();
    }
}
