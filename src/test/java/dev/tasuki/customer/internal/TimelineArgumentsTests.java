package dev.tasuki.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TimelineArgumentsTests {

    @Test
    void argumentsSurviveTheRoundTripWhateverTheyContain() {
        List<String> arguments = List.of("#stage.MQL", "A|B", "back\\slash", "", "山田 太郎");
        assertThat(TimelineArguments.split(TimelineArguments.join(arguments))).isEqualTo(arguments);
        assertThat(TimelineArguments.join(List.of("#stage.MQL", "#stage.SAL"))).isEqualTo("#stage.MQL|#stage.SAL");
    }

    @Test
    void noArgumentsIsNull() {
        assertThat(TimelineArguments.join(List.of())).isNull();
        assertThat(TimelineArguments.split(null)).isEmpty();
    }

    @Test
    void tooLongIsAProgrammingError() {
        assertThatThrownBy(() -> TimelineArguments.join(List.of("x".repeat(1001))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
