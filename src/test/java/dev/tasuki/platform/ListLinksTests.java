package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

class ListLinksTests {

    /** A list of things filtered by a word and a day, sorted by name by default. */
    record Things(String q, DayOfWeek day, String sort) implements ListFilter {

        @Override
        public String defaultSort() {
            return "name";
        }

        @Override
        public String url(String sort, int page) {
            return ListLinks.to("/things")
                    .with("q", q)
                    .with("day", day)
                    .with("sort", sort)
                    .page(page);
        }
    }

    @Test
    void aLinkKeepsTheFiltersThatAreSetAndEncodesThem() {
        Things filter = new Things("株式 会社", DayOfWeek.MONDAY, null);
        assertThat(filter.pageUrl(0)).isEqualTo("/things?q=%E6%A0%AA%E5%BC%8F%20%E4%BC%9A%E7%A4%BE&day=MONDAY");
        assertThat(new Things(" ", null, null).pageUrl(2)).isEqualTo("/things?page=2");
    }

    @Test
    void aColumnSortsAscendingFirstThenDescendingAndSaysSoForAriaSort() {
        Things byName = new Things(null, null, "name");
        assertThat(byName.sortUrl("name")).isEqualTo("/things?sort=-name");
        assertThat(byName.sortUrl("updatedAt")).isEqualTo("/things?sort=updatedAt");
        assertThat(byName.sortState("name")).isEqualTo("ascending");
        assertThat(new Things(null, null, "-name").sortState("name")).isEqualTo("descending");
        assertThat(new Things(null, null, null).sortState("name"))
                .as("the default sort")
                .isEqualTo("ascending");
        assertThat(byName.sortState("updatedAt")).isEqualTo("none");
    }

    @Test
    void valuesOfAnOldOrEditedLinkThatDoNotParseAreLeftOut() {
        assertThat(ListLinks.constantOf(DayOfWeek.class, " FRIDAY ")).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(ListLinks.constantOf(DayOfWeek.class, "NOPE")).isNull();
        assertThat(ListLinks.numberOf("12")).isEqualTo(12L);
        assertThat(ListLinks.numberOf("x")).isNull();
        assertThat(ListLinks.pageOf("3")).isEqualTo(3);
        assertThat(ListLinks.pageOf("-1")).isNull();
        assertThat(ListLinks.pageOf("99999999999")).isNull();
    }
}
