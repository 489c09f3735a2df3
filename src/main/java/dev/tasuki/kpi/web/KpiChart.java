package dev.tasuki.kpi.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a dashboard chart as JSON for the page's data-kpi-chart attribute (the CSP allows no inline script):
 * categories on the x axis, one series of bars and optionally a line over them (revenue against its target).
 */
@Component
class KpiChart {

    record Series(String name, List<? extends Number> values) {}

    record Data(String locale, boolean yen, List<String> categories, Series bars, Series line) {}

    private final JsonMapper json;

    KpiChart(JsonMapper json) {
        this.json = json;
    }

    String bars(Locale locale, boolean yen, List<String> categories, Series bars, Series line) {
        return json.writeValueAsString(new Data(locale.getLanguage(), yen, categories, bars, line));
    }
}
