package dev.tasuki.healthcheck.internal;

import java.util.List;
import java.util.Objects;

import dev.tasuki.healthcheck.internal.Scorecard.CategoryResult;
import dev.tasuki.healthcheck.internal.Scorecard.ItemResult;

/**
 * What changed since the previous closed assessment: each category's score before and after, and the items whose score
 * rose or fell (items without answers on either side are left out).
 */
public record Comparison(Assessment previous, List<Change> categories, List<Change> improved, List<Change> fell) {

    /** A score before and after, in percent; code names the category or item. */
    public record Change(String code, Integer before, Integer after) {

        public Integer delta() {
            return before == null || after == null ? null : after - before;
        }
    }

    public static Comparison between(Assessment previous, Scorecard before, Scorecard after) {
        List<Change> categories = after.categories().stream()
                .map((CategoryResult c) -> new Change(
                        c.category().code(),
                        before.category(c.category().code())
                                .map(p -> p.score().percent())
                                .orElse(null),
                        c.score().percent()))
                .toList();
        List<Change> items = after.items().stream()
                .map((ItemResult i) -> new Change(
                        i.item().code(),
                        before.item(i.item().code())
                                .map(p -> p.score().percent())
                                .orElse(null),
                        i.score().percent()))
                .filter(change -> change.delta() != null && change.delta() != 0)
                .toList();
        return new Comparison(
                previous,
                categories,
                items.stream().filter(change -> change.delta() > 0).toList(),
                items.stream().filter(change -> change.delta() < 0).toList());
    }

    public Change category(String code) {
        return categories.stream()
                .filter(change -> Objects.equals(change.code(), code))
                .findFirst()
                .orElse(null);
    }
}
