package dev.tasuki.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNamesTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "株式会社ツナギクラウド",
                "ツナギクラウド株式会社",
                "（株）ツナギクラウド",
                "ツナギクラウド㈱",
                "ﾂﾅｷﾞｸﾗｳﾄﾞ(株)",
                "  株式会社 ツナギ クラウド ",
                "ツナギ・クラウド株式会社"
            })
    void theLegalFormWidthAndSpacesDoNotMatter(String name) {
        assertThat(CompanyNames.key(name)).isEqualTo("ツナギクラウド");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tsunagi Cloud Co., Ltd.",
                "TSUNAGI CLOUD INC.",
                "Tsunagi Cloud Inc",
                "ＴＳＵＮＡＧＩ　ＣＬＯＵＤ",
                "tsunagi cloud corporation",
                "Tsunagi Cloud K.K.",
                "Tsunagi Cloud Co.,Ltd"
            })
    void latinNamesMatchWhateverTheirCaseWidthAndForm(String name) {
        assertThat(CompanyNames.key(name)).isEqualTo("tsunagicloud");
    }

    @Test
    void otherLegalFormsAndWordsThatOnlyLookLikeThem() {
        assertThat(CompanyNames.key("有限会社やまだ商店")).isEqualTo(CompanyNames.key("やまだ商店"));
        assertThat(CompanyNames.key("合同会社ミナト")).isEqualTo("ミナト");
        assertThat(CompanyNames.key("Zinc Works Inc.")).isEqualTo("zincworks");
        assertThat(CompanyNames.key("Coca Trading")).isEqualTo("cocatrading");
        assertThat(CompanyNames.key("株式会社")).isEmpty();
        assertThat(CompanyNames.key(null)).isEmpty();
    }
}
