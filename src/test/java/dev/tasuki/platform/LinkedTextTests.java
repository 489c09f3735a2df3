package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tasuki.platform.LinkedText.Segment;

class LinkedTextTests {

    @Test
    void linksAreCutOutOfTheTextAroundThem() {
        assertThat(LinkedText.of("資料はこちら: https://example.jp/a?b=1&c=2 をご覧ください。"))
                .containsExactly(
                        new Segment("資料はこちら: ", null),
                        new Segment("https://example.jp/a?b=1&c=2", "https://example.jp/a?b=1&c=2"),
                        new Segment(" をご覧ください。", null));
    }

    @Test
    void punctuationThatEndsTheSentenceIsNotPartOfTheLink() {
        assertThat(LinkedText.of("(https://example.jp/x)、http://example.jp/y。"))
                .extracting(Segment::href)
                .containsExactly(null, "https://example.jp/x", null, "http://example.jp/y", null);
    }

    @Test
    void onlyWebLinksAreLinks() {
        assertThat(LinkedText.of("javascript:alert(1) と ftp://example.jp と <a href=x>"))
                .containsExactly(new Segment("javascript:alert(1) と ftp://example.jp と <a href=x>", null));
        assertThat(LinkedText.of("")).isEmpty();
        assertThat(LinkedText.of(null)).isEmpty();
    }

    @Test
    void lineBreaksStayInTheText() {
        assertThat(LinkedText.of("一行目\nhttps://example.jp\n三行目"))
                .extracting(Segment::text)
                .containsExactly("一行目\n", "https://example.jp", "\n三行目");
    }
}
