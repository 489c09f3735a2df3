package dev.tasuki.healthcheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.internal.Priorities.Priority;
import dev.tasuki.identity.Department;

/** Scores, disagreement and priorities on hand-made answers: a sheet of two categories with two items each. */
class ScorecardTests {

    static final Instant AT = Instant.parse("2026-11-27T01:00:00Z");

    static final List<Category> CATEGORIES =
            List.of(new Category("ORG", 1, "組織体制", "Organisation", 1), new Category("KPI", 2, "KPIの設定と管理", "KPIs", 3));

    static final List<Item> ITEMS = List.of(
            item("ORG-1", "ORG", 1), item("ORG-3", "ORG", 3),
            item("KPI-1", "KPI", 1), item("KPI-2", "KPI", 2));

    static Item item(String code, String category, int number) {
        return new Item(code, category, number, code, code, List.of(Remedy.KPI), HelpingFeature.FORECAST);
    }

    static Answer answer(String item, long user, Department department, Rating rating) {
        return new Answer(item, user, department, rating, null, AT);
    }

    @Test
    void scoresArePointsOverTheMaximumWithDontKnowLeftOutAndCountedApart() {
        List<Answer> answers = List.of(
                answer("ORG-1", 1, Department.MARKETING, Rating.GOOD), // 2
                answer("ORG-1", 2, Department.FIELD_SALES, Rating.PARTIAL), // 1
                answer("ORG-3", 1, Department.MARKETING, Rating.GOOD), // 2
                answer("ORG-3", 2, Department.FIELD_SALES, Rating.POOR), // 0
                answer("KPI-1", 1, Department.MARKETING, Rating.POOR), // 0
                answer("KPI-1", 2, Department.FIELD_SALES, Rating.UNKNOWN), // left out
                answer("KPI-2", 1, Department.MARKETING, Rating.UNKNOWN)); // left out

        Scorecard card = Scorecard.of(CATEGORIES, ITEMS, answers);

        // ORG-1: (2 + 1) / (2 × 2) = 3/4 = 75 %; ORG-3: (2 + 0) / 4 = 50 %
        assertThat(card.item("ORG-1").orElseThrow().score().percent()).isEqualTo(75);
        assertThat(card.item("ORG-3").orElseThrow().score().percent()).isEqualTo(50);
        // ORG: (3 + 2) / (4 + 4) = 5/8 = 62.5 % → 63 % (half up)
        assertThat(card.category("ORG").orElseThrow().score()).isEqualTo(new Score(5, 8, 0));
        assertThat(card.category("ORG").orElseThrow().score().percent()).isEqualTo(63);
        // KPI-1: one known answer, 0 / 2 = 0 %, one わからない; KPI-2: no known answer, no score
        assertThat(card.item("KPI-1").orElseThrow().score()).isEqualTo(new Score(0, 2, 1));
        assertThat(card.item("KPI-2").orElseThrow().score().percent()).isNull();
        assertThat(card.category("KPI").orElseThrow().score()).isEqualTo(new Score(0, 2, 2));
        // overall: (5 + 0) / (8 + 2) = 50 %, two わからない
        assertThat(card.overall()).isEqualTo(new Score(5, 10, 2));
        assertThat(card.overall().percent()).isEqualTo(50);
    }

    @Test
    void departmentsDisagreeWhenOneSaysGoodAndAnotherPoorNotWithinOneDepartmentNorOneStepApart() {
        List<Answer> answers = List.of(
                answer("ORG-3", 1, Department.MARKETING, Rating.GOOD),
                answer("ORG-3", 2, Department.FIELD_SALES, Rating.POOR),
                answer("ORG-1", 3, Department.INSIDE_SALES, Rating.GOOD),
                answer("ORG-1", 4, Department.INSIDE_SALES, Rating.POOR),
                answer("KPI-1", 1, Department.MARKETING, Rating.GOOD),
                answer("KPI-1", 2, Department.FIELD_SALES, Rating.PARTIAL),
                answer("KPI-2", 1, Department.MARKETING, Rating.GOOD),
                answer("KPI-2", 5, null, Rating.POOR));

        Scorecard card = Scorecard.of(CATEGORIES, ITEMS, answers);

        assertThat(card.item("ORG-3").orElseThrow().disagreement()).isTrue();
        assertThat(card.item("ORG-3").orElseThrow().spread()).isEqualTo(2);
        // two people of one department: a spread, but not a disagreement between departments
        assertThat(card.item("ORG-1").orElseThrow().disagreement()).isFalse();
        assertThat(card.item("ORG-1").orElseThrow().spread()).isEqualTo(2);
        // ○ against △ is one step: spread 1, no disagreement
        assertThat(card.item("KPI-1").orElseThrow().disagreement()).isFalse();
        assertThat(card.item("KPI-1").orElseThrow().spread()).isEqualTo(1);
        // an executive (no department) speaks for the company, which is a side of its own
        assertThat(card.item("KPI-2").orElseThrow().disagreement()).isTrue();
        assertThat(card.disagreements()).extracting(r -> r.item().code()).containsExactly("ORG-3", "KPI-2");
    }

    @Test
    void weakItemsRankLowestScoreFirstThenWidestSpreadThenHeavierCategory() {
        List<Answer> answers = new ArrayList<>(List.of(
                // ORG-1: ○ ○ = 100 %, not weak
                answer("ORG-1", 1, Department.MARKETING, Rating.GOOD),
                answer("ORG-1", 2, Department.FIELD_SALES, Rating.GOOD),
                // ORG-3: ○ × = 2/4 = 50 %, spread 2
                answer("ORG-3", 1, Department.MARKETING, Rating.GOOD),
                answer("ORG-3", 2, Department.FIELD_SALES, Rating.POOR),
                // KPI-1: △ △ = 2/4 = 50 %, spread 0
                answer("KPI-1", 1, Department.MARKETING, Rating.PARTIAL),
                answer("KPI-1", 2, Department.FIELD_SALES, Rating.PARTIAL),
                // KPI-2: × × = 0 %
                answer("KPI-2", 1, Department.MARKETING, Rating.POOR),
                answer("KPI-2", 2, Department.FIELD_SALES, Rating.POOR)));

        List<Priority> ranked = Priorities.of(Scorecard.of(CATEGORIES, ITEMS, answers));

        // KPI-2 (0 %) first; ORG-3 and KPI-1 both 50 %: ORG-3's spread 2 beats KPI-1's 0 although KPI weighs 3
        assertThat(ranked).extracting(p -> p.result().item().code()).containsExactly("KPI-2", "ORG-3", "KPI-1");
        assertThat(ranked).extracting(Priority::rank).containsExactly(1, 2, 3);

        // with equal score and spread, the heavier category comes first: ORG-3 now ○ × → △ △ (50 %, spread 0)
        answers.removeIf(a -> a.itemCode().equals("ORG-3"));
        answers.add(answer("ORG-3", 1, Department.MARKETING, Rating.PARTIAL));
        answers.add(answer("ORG-3", 2, Department.FIELD_SALES, Rating.PARTIAL));
        List<Priority> reranked = Priorities.of(Scorecard.of(CATEGORIES, ITEMS, answers));
        // KPI (weight 3) before ORG (weight 1)
        assertThat(reranked).extracting(p -> p.result().item().code()).containsExactly("KPI-2", "KPI-1", "ORG-3");
    }

    @Test
    void anItemAtSeventyFivePercentIsNotWeakBelowItIs() {
        // ○ △ = 3/4 = 75 %: not weak; ○ △ △ = 4/6 = 66.7 %: weak
        assertThat(new Score(3, 4, 0).weak()).isFalse();
        assertThat(new Score(4, 6, 0).weak()).isTrue();
        assertThat(new Score(4, 6, 0).percent()).isEqualTo(67);
        assertThat(Score.NONE.weak()).isFalse();
    }

    @Test
    void theComparisonListsCategoryChangesAndTheItemsThatRoseOrFell() {
        Scorecard before = Scorecard.of(
                CATEGORIES,
                ITEMS,
                List.of(
                        answer("ORG-3", 1, Department.MARKETING, Rating.POOR),
                        answer("KPI-1", 1, Department.MARKETING, Rating.GOOD)));
        Scorecard after = Scorecard.of(
                CATEGORIES,
                ITEMS,
                List.of(
                        answer("ORG-3", 1, Department.MARKETING, Rating.PARTIAL),
                        answer("KPI-1", 1, Department.MARKETING, Rating.POOR),
                        answer("KPI-2", 1, Department.MARKETING, Rating.GOOD)));
        Assessment previous = new Assessment(1, "Q3", 1, AT, 1L, AT, 1);

        Comparison comparison = Comparison.between(previous, before, after);

        // ORG-3: 0 % → 50 % (+50); KPI-1: 100 % → 0 % (−100); KPI-2 had no answer before: left out
        assertThat(comparison.improved()).containsExactly(new Comparison.Change("ORG-3", 0, 50));
        assertThat(comparison.fell()).containsExactly(new Comparison.Change("KPI-1", 100, 0));
        // ORG: 0/2 → 1/2 = +50; KPI: 2/2 = 100 % → (0 + 2)/4 = 50 %, −50
        assertThat(comparison.category("ORG").delta()).isEqualTo(50);
        assertThat(comparison.category("KPI").delta()).isEqualTo(-50);
    }
}
