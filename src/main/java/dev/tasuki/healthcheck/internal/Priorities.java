package dev.tasuki.healthcheck.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import dev.tasuki.healthcheck.internal.Scorecard.CategoryResult;
import dev.tasuki.healthcheck.internal.Scorecard.ItemResult;

/**
 * The weak items (score below {@value Score#WEAK_BELOW} %) in the order to work on them: lowest score first, then the
 * widest disagreement, then the heavier category (its weight), then the sheet's order.
 */
public final class Priorities {

    public record Priority(int rank, ItemResult result, Category category) {}

    private record Candidate(ItemResult result, Category category) {}

    private static final Comparator<Candidate> ORDER = Comparator.comparing(
                    (Candidate c) -> c.result().score(), Score::compareTo)
            .thenComparing(c -> c.result().spread(), Comparator.reverseOrder())
            .thenComparing(c -> c.category().weight(), Comparator.reverseOrder())
            .thenComparing(c -> c.category().number())
            .thenComparing(c -> c.result().item().number());

    private Priorities() {}

    public static List<Priority> of(Scorecard scorecard) {
        List<Candidate> weak = scorecard.categories().stream()
                .flatMap((CategoryResult category) -> category.items().stream()
                        .filter(result -> result.score().weak())
                        .map(result -> new Candidate(result, category.category())))
                .sorted(ORDER)
                .toList();
        return IntStream.range(0, weak.size())
                .mapToObj(i ->
                        new Priority(i + 1, weak.get(i).result(), weak.get(i).category()))
                .toList();
    }
}
