package dev.tasuki.kpi.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.platform.Formats;

/**
 * How KPI figures look on the pages and in the CSV files ({@code @kpiFormats} in templates): ratios as percentages with
 * one decimal, counts with thousands separators, yen as {@link Formats} writes it, and "—" where METRICS.md leaves a
 * figure undefined, so that an empty window shows dashes, not zeros.
 */
@Component("kpiFormats")
public class KpiFormats {

    static final String NONE = "—";

    private final Formats formats;

    KpiFormats(Formats formats) {
        this.formats = formats;
    }

    /** 0.625 → "62.5%". */
    public String percent(Number ratio) {
        return ratio == null ? NONE : percentNumber(ratio) + "%";
    }

    /** 0.625 → "62.5", for CSV columns headed with "%". */
    public static String percentNumber(Number ratio) {
        return ratio == null
                ? ""
                : new BigDecimal(ratio.toString())
                        .movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString();
    }

    public String count(Number count) {
        return count == null
                ? NONE
                : NumberFormat.getIntegerInstance(Locale.JAPAN).format(count);
    }

    public String yen(Number amount) {
        return amount == null ? NONE : formats.yen(amount);
    }

    /** Days or hours with up to two decimals. */
    public String decimal(Number value) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A target or actual in its metric's unit: yen for revenue, a percentage for NRR and logo churn, else a count. */
    public String metric(TargetMetric metric, Number value) {
        if (metric.isRatio()) {
            return percent(value);
        }
        return metric == TargetMetric.REVENUE ? yen(value) : count(value);
    }

    /** A stored target as its input box shows it (see {@link TargetInput}): ratios as percentages, no separators. */
    public String input(TargetMetric metric, BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = metric.isRatio() ? value.movePointRight(2).round(java.math.MathContext.DECIMAL64) : value;
        return shown.stripTrailingZeros().toPlainString();
    }

    /** A department dashboard's figure in its unit. */
    public String figure(Figure figure) {
        return switch (figure.unit()) {
            case COUNT -> count(figure.value());
            case PERCENT -> percent(figure.value());
            case YEN -> yen(figure.value());
            case DAYS, HOURS, MINUTES -> decimal(figure.value());
        };
    }
}
