package dev.tasuki.healthcheck.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.healthcheck.internal.AssessmentResults.Point;
import dev.tasuki.healthcheck.internal.Category;
import dev.tasuki.healthcheck.internal.Scorecard;

/**
 * The data of the health check's charts as JSON for data- attributes (the CSP allows no inline script), drawn by
 * /js/healthcheck-charts.js: the radar of one assessment's ten categories (with the previous one for comparison) and
 * the history of each category's score across closed assessments. A category without answers is null (a gap).
 */
@Component
class Charts {

    record Series(String name, List<Integer> values) {}

    record Data(String kind, String locale, List<String> categories, List<String> labels, List<Series> series) {}

    private final JsonMapper json;

    Charts(JsonMapper json) {
        this.json = json;
    }

    String radar(
            List<Category> categories,
            String name,
            Scorecard scorecard,
            String previousName,
            Scorecard previous,
            Locale locale) {
        List<Series> series = previous == null
                ? List.of(series(name, scorecard))
                : List.of(series(name, scorecard), series(previousName, previous));
        return json.writeValueAsString(
                new Data("radar", locale.getLanguage(), labels(categories, locale), List.of(), series));
    }

    String history(List<Category> categories, List<Point> points, Locale locale) {
        List<Series> series = categories.stream()
                .map(category -> new Series(
                        category.label(locale),
                        points.stream()
                                .map(point -> point.scorecard()
                                        .category(category.code())
                                        .map(c -> c.score().percent())
                                        .orElse(null))
                                .toList()))
                .toList();
        List<String> labels =
                points.stream().map(point -> point.assessment().title()).toList();
        return json.writeValueAsString(
                new Data("history", locale.getLanguage(), labels(categories, locale), labels, series));
    }

    private static Series series(String name, Scorecard scorecard) {
        return new Series(
                name,
                scorecard.categories().stream()
                        .map(category -> category.score().percent())
                        .toList());
    }

    private static List<String> labels(List<Category> categories, Locale locale) {
        return categories.stream().map(category -> category.label(locale)).toList();
    }
}
