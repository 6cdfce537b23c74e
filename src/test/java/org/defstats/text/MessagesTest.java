package org.defstats.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.defstats.arrivals.ArrivalsJobType;
import org.defstats.education.EducationJobType;
import org.defstats.stocks.StocksJobType;
import org.junit.jupiter.api.Test;

/**
 * The message catalogues: every shipped job type has one in every language, with the same keys in each; a
 * missing key or catalogue is an error naming the file, never the key shown as text.
 */
class MessagesTest {

    private static final List<Class<?>> SHIPPED_TYPES = List.of(ArrivalsJobType.class, EducationJobType.class,
            StocksJobType.class);

    @Test
    void everyShippedJobTypeHasEveryKeyInEveryLanguage() {
        for (Class<?> type : SHIPPED_TYPES) {
            for (Language language : Language.values()) {
                assertThat(Messages.of(type, language).keys()).as(type + " " + language).isNotEmpty();
            }
            assertThat(Messages.missingKeys(type)).as(type.getPackageName()).isEmpty();
        }
    }

    @Test
    void aCatalogueIsReadAsUtf8InItsOwnLanguage() {
        assertThat(Messages.of(ArrivalsJobType.class, Language.KO).get("title")).isEqualTo("북한이탈주민 입국인원 현황");
        assertThat(Messages.of(ArrivalsJobType.class, Language.EN).get("title"))
                .isEqualTo("North Korean defectors arriving in South Korea");
    }

    @Test
    void aMissingKeyFailsNamingTheCatalogue() {
        Messages korean = Messages.of(StocksJobType.class, Language.KO);

        assertThatIllegalStateException().isThrownBy(() -> korean.get("no.such.key"))
                .withMessageStartingWith("org/defstats/stocks/messages_ko.properties has no message 'no.such.key'");
    }

    @Test
    void aPackageWithoutCataloguesFailsNamingTheFile() {
        assertThatIllegalStateException().isThrownBy(() -> Messages.of(MessagesTest.class, Language.KO))
                .withMessage("the message catalogue org/defstats/text/messages_ko.properties is missing from the build");
    }

    @Test
    void placeholdersAreReplacedAsTheyAreWithoutMessageFormatQuoting() {
        Messages english = Messages.of(StocksJobType.class, Language.EN);

        assertThat(english.get("flows.series", "2020-09", "2022-12", "all")).isEqualTo("2020-09 to 2022-12, all");
        assertThat(english.get("snapshot", "2020-09", "men's")).isEqualTo("2020-09 men's");
    }

    @Test
    void languageCodesRoundTripAndUnknownOnesAreRefused() {
        assertThat(Language.split(Language.joined(List.of(Language.KO, Language.EN))))
                .containsExactly(Language.KO, Language.EN);
        assertThat(Language.split(null)).isEqualTo(Language.DEFAULT).containsExactly(Language.EN);
        assertThat(Language.ofCode("fr")).isEmpty();
    }
}
