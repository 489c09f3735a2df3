package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguageTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ja                    | JA",
                "ja-JP,ja;q=0.9        | JA",
                "en-US,en;q=0.9        | EN",
                "en-GB                 | EN",
                "fr-FR,en;q=0.5        | EN",
                "fr-FR,de;q=0.5        | JA",
                "en;q=0.4,ja;q=0.8     | JA",
                "not a header;;;       | JA"
            })
    void negotiatesAmongOurLanguagesAndFallsBackToJapanese(String header, Language expected) {
        assertThat(Language.negotiate(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void japaneseWhenTheBrowserSaysNothing(String header) {
        assertThat(Language.negotiate(header)).isEqualTo(Language.JA);
    }

    @ParameterizedTest
    @CsvSource({"ja, JA", "en, EN", "en-US, EN"})
    void readsStoredTags(String tag, Language expected) {
        assertThat(Language.fromTag(tag)).contains(expected);
    }
}
