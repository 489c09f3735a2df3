package dev.tasuki.kpi.web;

import java.util.List;

/**
 * One labelled number of a department dashboard, in its unit; a section is a titled list of them (the department's own
 * figures, or a neighbour's it depends on).
 */
record Figure(String label, Unit unit, Number value) {

    enum Unit {
        COUNT,
        PERCENT,
        YEN,
        DAYS,
        HOURS,
        MINUTES
    }

    record Section(String title, List<Figure> figures) {}

    /** The value as the CSV writes it: percentages as numbers with one decimal, the rest as they are. */
    Object csvValue() {
        return unit == Unit.PERCENT ? KpiFormats.percentNumber(value) : value;
    }
}
