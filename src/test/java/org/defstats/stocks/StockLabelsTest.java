package org.defstats.stocks;

import static org.assertj.core.api.Assertions.assertThat;

import org.defstats.text.Language;
import org.defstats.text.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every breakdown, category (education level, occupation, age band) and sex the stocks charts can show has a
 * label in every language, and the Korean ones are the MOU's own terms that the inputs accept.
 */
class StockLabelsTest {

    @Test
    void everyCategoryAndSexHasALabelInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages text = ChartFormats.messages(language);
            for (Breakdown breakdown : Breakdown.values()) {
                assertThat(ChartFormats.title(breakdown, text)).isNotBlank();
                for (String category : breakdown.categories()) {
                    assertThat(ChartFormats.category(breakdown, category, text)).as(language + " " + category)
                            .isNotBlank();
                }
            }
            for (Sex sex : Sex.values()) {
                assertThat(ChartFormats.sex(sex, text)).isNotBlank();
            }
        }
    }

    @Test
    void koreanCategoryLabelsAreTermsTheInputsAccept() {
        Messages korean = ChartFormats.messages(Language.KO);
        for (Breakdown breakdown : Breakdown.values()) {
            for (String category : breakdown.categories()) {
                assertThat(breakdown.category(ChartFormats.category(breakdown, category, korean)))
                        .as(breakdown + " " + category).contains(category);
            }
        }
        for (Sex sex : Sex.values()) {
            assertThat(Sex.ofLabel(ChartFormats.sex(sex, korean))).contains(sex);
        }
    }
}
