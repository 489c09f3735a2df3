package dev.tasuki.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.healthcheck.Evidence.Figure;

class EvidenceShareTests {

    @Test
    void theThresholdsRateTheShareAndAreTheRulesArguments() {
        // 8 of 10 is 80 %: at the ○ mark of 80 exactly; 7 of 10 is △ (50 to 79 %); 4 of 10 is ×
        Evidence good = Evidence.ofShare("CX-1", "healthcheck.figure.speedToLead", new Share(8, 10), 80, 50);
        assertThat(good.suggestion()).isEqualTo(Rating.GOOD);
        assertThat(good.ruleKey()).isEqualTo("healthcheck.rule.CX-1");
        assertThat(good.ruleArguments()).containsExactly("80", "50");
        assertThat(good.figures()).extracting(Figure::value).containsExactly("80 % (8 / 10)");
        assertThat(Evidence.ofShare("CX-1", new Share(7, 10), 80, 50, List.of()).suggestion())
                .isEqualTo(Rating.PARTIAL);
        assertThat(Evidence.ofShare("CX-1", new Share(4, 10), 80, 50, List.of()).suggestion())
                .isEqualTo(Rating.POOR);
        assertThat(Evidence.ofShare("CX-1", new Share(0, 0), 80, 50, List.of()).suggestion())
                .as("nothing to count")
                .isNull();
    }
}
