package dev.tasuki.healthcheck;

import java.util.Arrays;
import java.util.List;

/**
 * What Tasuki's data says about one item of the sheet: the figures, the rating they suggest and the rule that produced
 * it (a message key with its thresholds as arguments). Evidence that cannot be computed yet (its module is not built)
 * is not available: no figures and no suggestion, the rule key then says why. The suggestion is null when the data has
 * nothing to count (no handoffs in the window, say).
 */
public record Evidence(
        String itemCode,
        boolean available,
        Rating suggestion,
        List<Figure> figures,
        String ruleKey,
        List<String> ruleArguments) {

    /** One number behind the suggestion: a label's message key and the value as shown ("83 % (10 / 12)"). */
    public record Figure(String labelKey, List<String> labelArguments, String value) {

        public Figure(String labelKey, String value) {
            this(labelKey, List.of(), value);
        }
    }

    public Evidence {
        figures = List.copyOf(figures);
        ruleArguments = List.copyOf(ruleArguments);
    }

    public static Evidence of(
            String itemCode, Rating suggestion, List<Figure> figures, String ruleKey, Object... thresholds) {
        return new Evidence(
                itemCode,
                true,
                suggestion,
                figures,
                ruleKey,
                Arrays.stream(thresholds).map(String::valueOf).toList());
    }

    /**
     * The evidence of a rule that is one share with two thresholds (○ at goodAt % or more, △ at partialAt %), shown as
     * the one figure under the label key; its rule is the health check's "healthcheck.rule." and the item code.
     */
    public static Evidence ofShare(String itemCode, String figureKey, Share share, int goodAt, int partialAt) {
        return of(
                itemCode,
                share.rate(goodAt, partialAt),
                List.of(new Figure(figureKey, share.shown())),
                "healthcheck.rule." + itemCode,
                goodAt,
                partialAt);
    }

    /** The same, with figures of its own: the share's thresholds are written once, for the rating and the rule. */
    public static Evidence ofShare(String itemCode, Share share, int goodAt, int partialAt, List<Figure> figures) {
        return of(itemCode, share.rate(goodAt, partialAt), figures, "healthcheck.rule." + itemCode, goodAt, partialAt);
    }

    public static Evidence notAvailableYet(String itemCode, String reasonKey) {
        return new Evidence(itemCode, false, null, List.of(), reasonKey, List.of());
    }
}
