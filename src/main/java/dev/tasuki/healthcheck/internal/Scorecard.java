package dev.tasuki.healthcheck.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tasuki.healthcheck.Rating;

/**
 * An assessment's scores: overall, per category and per item, with each item's spread (the widest gap between two known
 * answers, 0 to 2 points) and whether departments disagree (one department says ○ where another says ×).
 */
public record Scorecard(Score overall, List<CategoryResult> categories) {

    public record ItemResult(Item item, List<Answer> answers, Score score, int spread, boolean disagreement) {

        public Optional<Answer> answerOf(long userId) {
            return answers.stream().filter(answer -> answer.userId() == userId).findFirst();
        }
    }

    public record CategoryResult(Category category, Score score, List<ItemResult> items) {}

    public static Scorecard of(List<Category> categories, List<Item> items, List<Answer> answers) {
        List<CategoryResult> results = categories.stream()
                .map(category -> {
                    List<ItemResult> itemResults = items.stream()
                            .filter(item -> item.categoryCode().equals(category.code()))
                            .map(item -> itemResult(
                                    item,
                                    answers.stream()
                                            .filter(a -> a.itemCode().equals(item.code()))
                                            .toList()))
                            .toList();
                    Score score = itemResults.stream().map(ItemResult::score).reduce(Score.NONE, Score::plus);
                    return new CategoryResult(category, score, itemResults);
                })
                .toList();
        return new Scorecard(results.stream().map(CategoryResult::score).reduce(Score.NONE, Score::plus), results);
    }

    private static ItemResult itemResult(Item item, List<Answer> answers) {
        List<Answer> known =
                answers.stream().filter(answer -> answer.rating().known()).toList();
        int high = known.stream()
                .mapToInt(answer -> answer.rating().points())
                .max()
                .orElse(0);
        int low = known.stream()
                .mapToInt(answer -> answer.rating().points())
                .min()
                .orElse(0);
        return new ItemResult(item, answers, Score.of(answers), high - low, departmentsDisagree(known));
    }

    private static boolean departmentsDisagree(List<Answer> known) {
        for (Answer good : known) {
            for (Answer poor : known) {
                if (good.rating() == Rating.GOOD
                        && poor.rating() == Rating.POOR
                        && !Objects.equals(good.department(), poor.department())) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<ItemResult> items() {
        return categories.stream()
                .flatMap(category -> category.items().stream())
                .toList();
    }

    public Optional<ItemResult> item(String code) {
        return items().stream()
                .filter(result -> result.item().code().equals(code))
                .findFirst();
    }

    public Optional<CategoryResult> category(String code) {
        return categories.stream()
                .filter(result -> result.category().code().equals(code))
                .findFirst();
    }

    public List<ItemResult> disagreements() {
        return items().stream().filter(ItemResult::disagreement).toList();
    }
}
