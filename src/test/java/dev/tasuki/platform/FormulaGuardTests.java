package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+81 3", "-5", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil.example\")"})
    void textAFormulaStartsWithGetsAnApostrophe(String formula) {
        assertThat(FormulaGuard.neutralise(formula)).isEqualTo("'" + formula);
    }

    @Test
    void otherTextStaysAsItIs() {
        assertThat(FormulaGuard.neutralise("株式会社サンプル")).isEqualTo("株式会社サンプル");
        assertThat(FormulaGuard.neutralise("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise(null)).isEmpty();
    }

    @Test
    void aCellKeepsNumbersAndEmptiness() {
        assertThat(FormulaGuard.cell(-5)).isEqualTo(-5);
        assertThat(FormulaGuard.cell(new BigDecimal("-0.5"))).isEqualTo(new BigDecimal("-0.5"));
        assertThat(FormulaGuard.cell(null)).isNull();
        assertThat(FormulaGuard.cell(new StringBuilder("-5")))
                .as("text that looks like a number")
                .isEqualTo("'-5");
    }
}
