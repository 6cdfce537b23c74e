package org.defstats.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.defstats.publish.InputFile;
import org.junit.jupiter.api.Test;

/** The languages a job publishes its charts in count in the fingerprint, as they change what a run publishes. */
class FingerprintTest {

    private static final List<InputFile> INPUTS = List.of(new InputFile("yearly", "a.csv", 10, "ab12", "auto",
            "a.csv"));

    @Test
    void otherLanguagesOrAnotherOrderGiveAnotherFingerprint() {
        String english = Fingerprint.of("arrivals", "Source", "{}", 0, "en", INPUTS);

        assertThat(Fingerprint.of("arrivals", "Source", "{}", 0, "en", INPUTS)).isEqualTo(english);
        assertThat(Fingerprint.of("arrivals", "Source", "{}", 0, "ko,en", INPUTS)).isNotEqualTo(english);
        assertThat(Fingerprint.of("arrivals", "Source", "{}", 0, "en,ko", INPUTS))
                .isNotEqualTo(english)
                .isNotEqualTo(Fingerprint.of("arrivals", "Source", "{}", 0, "ko,en", INPUTS));
    }
}
