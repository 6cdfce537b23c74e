package org.defstats.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.defstats.text.Language;
import org.junit.jupiter.api.Test;

/** Every education level has a label in every language; the Korean ones are MOU terms the inputs accept. */
class EducationLabelsTest {

    @Test
    void everyLevelHasALabelInEveryLanguageAndKoreanOnesReadBackAsTheLevel() {
        for (Language language : Language.values()) {
            for (Level level : Level.values()) {
                assertThat(EducationCharts.label(level, EducationJobType.messages(language))).isNotBlank();
            }
        }
        for (Level level : Level.values()) {
            assertThat(Level.ofLabel(EducationCharts.label(level, EducationJobType.messages(Language.KO))))
                    .as(level.code()).contains(level);
        }
    }
}
