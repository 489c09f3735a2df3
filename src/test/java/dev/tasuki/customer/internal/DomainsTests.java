package dev.tasuki.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.co.jp",
                "EXAMPLE.CO.JP",
                "https://www.example.co.jp/about?x=1",
                "http://example.co.jp:8080",
                "www.example.co.jp.",
                "taro@Example.co.jp",
                "  ｅｘａｍｐｌｅ．ｃｏ．ｊｐ "
            })
    void domainsAreStoredInOneForm(String input) {
        assertThat(Domains.normalise(input)).hasValue("example.co.jp");
    }

    @Test
    void blankIsNoDomainAndNonsenseIsInvalid() {
        assertThat(Domains.normalise("  ")).isEmpty();
        assertThat(Domains.normalise(null)).isEmpty();
        assertThat(Domains.valid("example.co.jp")).isTrue();
        assertThat(Domains.valid("日本語.jp")).isTrue();
        assertThat(Domains.valid("not a domain")).isFalse();
        assertThat(Domains.valid("localhost")).isFalse();
        assertThat(Domains.valid("-bad-.com")).isFalse();
    }

    @Test
    void freeMailAndCarrierDomainsAreKnown() {
        assertThat(Domains.FREE_MAIL)
                .contains(
                        "gmail.com",
                        "yahoo.co.jp",
                        "outlook.com",
                        "icloud.com",
                        "hotmail.com",
                        "docomo.ne.jp",
                        "ezweb.ne.jp",
                        "softbank.ne.jp");
        assertThat(Domains.freeMail("example.co.jp")).isFalse();
    }

    @Test
    void parentsStopBeforeAPublicSuffix() {
        assertThat(Domains.parent("jp.example.com")).hasValue("example.com");
        assertThat(Domains.parent("sales.example.co.jp")).hasValue("example.co.jp");
        assertThat(Domains.parent("example.co.jp")).isEmpty();
        assertThat(Domains.parent("example.com")).isEmpty();
    }
}
