package dev.tasuki.success.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.success.MrrHistory;
import dev.tasuki.success.MrrLevel;
import dev.tasuki.success.MrrMovement;

/**
 * The data of an account's MRR chart as JSON for the page's data-mrr-chart attribute (the CSP allows no inline script):
 * the levels as a step line that runs on to today (or a month past the last level), and the movements as labelled
 * points.
 */
@Component
class MrrChart {

    record Point(String date, long mrr) {}

    record Movement(String date, String kind, String label, long amount, long before, long after) {}

    record Data(String locale, String name, List<Point> levels, List<Movement> movements, String amountLabel) {}

    private final JsonMapper json;
    private final MessageSource messages;

    MrrChart(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    String of(MrrHistory history, Locale locale) {
        List<Point> points = new ArrayList<>();
        for (MrrLevel level : history.levels()) {
            points.add(new Point(level.effectiveOn().toString(), level.mrr()));
        }
        if (!points.isEmpty()) {
            MrrLevel last = history.levels().get(history.levels().size() - 1);
            LocalDate end = last.effectiveOn().isBefore(history.asOf())
                    ? history.asOf()
                    : last.effectiveOn().plusMonths(1);
            points.add(new Point(end.toString(), last.mrr()));
        }
        List<Movement> movements = history.movements().stream()
                .map((MrrMovement m) -> new Movement(
                        m.movementOn().toString(),
                        m.kind().name(),
                        messages.getMessage(
                                m.kind().messageKey(), null, m.kind().name(), locale),
                        m.amount(),
                        m.mrrBefore(),
                        m.mrrAfter()))
                .toList();
        return json.writeValueAsString(new Data(
                locale.getLanguage(),
                "MRR",
                points,
                movements,
                messages.getMessage("mrr.chart.amount", null, "MRR", locale)));
    }
}
