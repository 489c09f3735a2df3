package dev.tasuki.healthcheck.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.internal.Score;

/** Evidence in the reader's language: each figure's label with its value, and the rule with its thresholds. */
@Component
class EvidenceText {

    /** What the page shows of an item's evidence. */
    record Shown(String itemCode, boolean available, Rating suggestion, List<Line> figures, String rule) {

        /**
         * People and data disagree: the mean of the known human ratings is a whole rating (1 point) or more away from
         * the suggestion.
         */
        public boolean gapWith(Score score) {
            return suggestion != null && score.hasAnswers() && Math.abs(score.meanPoints() - suggestion.points()) >= 1;
        }
    }

    record Line(String label, String value) {}

    private final MessageSource messages;

    EvidenceText(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, Shown> of(Map<String, Evidence> evidence, Locale locale) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        evidence.forEach((code, e) -> shown.put(
                code,
                new Shown(
                        code,
                        e.available(),
                        e.suggestion(),
                        e.figures().stream()
                                .map(f -> new Line(
                                        text(
                                                f.labelKey(),
                                                locale,
                                                f.labelArguments().stream()
                                                        .map(key -> text(key, locale))
                                                        .toArray()),
                                        f.value()))
                                .toList(),
                        text(e.ruleKey(), locale, e.ruleArguments().toArray()))));
        return shown;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
