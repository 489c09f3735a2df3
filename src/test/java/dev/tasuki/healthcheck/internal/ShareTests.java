package dev.tasuki.healthcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.Rating;

class ShareTests {

    @Test
    void theThresholdsRateTheShareAndAreTheRulesArguments() {
        // 8 of 10 is 80 %: at the ○ mark of 80 exactly; 7 of 10 is △ (50 to 79 %); 4 of 10 is ×
        Evidence good = new Share(8, 10).evidence("CX-1", 80, 50, new Figure("healthcheck.figure.speedToLead", "80 %"));
        assertThat(good.suggestion()).isEqualTo(Rating.GOOD);
        assertThat(good.ruleKey()).isEqualTo("healthcheck.rule.CX-1");
        assertThat(good.ruleArguments()).containsExactly("80", "50");
        assertThat(good.figures()).extracting(Figure::value).containsExactly("80 %");
        assertThat(new Share(7, 10).evidence("CX-1", 80, 50).suggestion()).isEqualTo(Rating.PARTIAL);
        assertThat(new Share(4, 10).evidence("CX-1", 80, 50).suggestion()).isEqualTo(Rating.POOR);
        assertThat(new Share(0, 0).evidence("CX-1", 80, 50).suggestion())
                .as("nothing to count")
                .isNull();
    }
}
