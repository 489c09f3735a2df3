package dev.tasuki.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTests {

    @Test
    void kanaReadingsBecomeFullWidthKatakana() {
        assertThat(Texts.katakana("つなぎくらうど")).isEqualTo("ツナギクラウド");
        assertThat(Texts.katakana("ﾂﾅｷﾞｸﾗｳﾄﾞ")).isEqualTo("ツナギクラウド");
        assertThat(Texts.katakana("  ")).isNull();
    }

    @Test
    void emailsAndPhonesAreStoredInOneForm() {
        assertThat(Texts.email("  Taro@Example.CO.JP ")).isEqualTo("taro@example.co.jp");
        assertThat(Texts.phone("０３－１２３４－５６７８")).isEqualTo("03-1234-5678");
        assertThat(Texts.clean("  ")).isNull();
    }
}
