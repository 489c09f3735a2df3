package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact non-negative rational, so that a plan's ceil(n / rate) is exact: 100 leads at a rate of 1/3 need 300, not
 * the 301 a rounded 0.3333… would ask for.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Fraction of(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0
                ? new Fraction(plain.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(plain.unscaledValue(), BigInteger.TEN.pow(plain.scale()));
    }

    boolean isDefined() {
        return denominator.signum() != 0;
    }

    boolean isZero() {
        return numerator.signum() == 0;
    }

    Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /** ceil(count / this), for a defined, non-zero fraction. */
    long neededFor(long count) {
        BigInteger[] division = BigInteger.valueOf(count).multiply(denominator).divideAndRemainder(numerator);
        return division[0]
                .add(division[1].signum() > 0 ? BigInteger.ONE : BigInteger.ZERO)
                .longValueExact();
    }

    BigDecimal decimal() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64);
    }

    long roundedYen() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The nearest double, as (double) n / d gives it for the counts the figures divide. */
    double value() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), MathContext.DECIMAL128)
                .doubleValue();
    }
}
