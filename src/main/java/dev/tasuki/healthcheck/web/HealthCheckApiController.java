package dev.tasuki.healthcheck.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.healthcheck.internal.Answer;
import dev.tasuki.healthcheck.internal.Assessment;
import dev.tasuki.healthcheck.internal.AssessmentDesk;
import dev.tasuki.healthcheck.internal.AssessmentResults;
import dev.tasuki.healthcheck.internal.AssessmentResults.Result;
import dev.tasuki.healthcheck.internal.Comparison;
import dev.tasuki.healthcheck.internal.Item;
import dev.tasuki.healthcheck.internal.Remedy;
import dev.tasuki.healthcheck.internal.Score;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;

@RestController
@RequestMapping("/api/v1/healthcheck")
@Tag(
        name = "Health check",
        description = "The Model health check: the 30-item sheet, assessments, answers, scores, evidence, priorities")
class HealthCheckApiController {

    record ItemView(
            String code,
            String category,
            int number,
            String textJa,
            String textEn,
            List<Remedy> remedies,
            String featurePath) {

        static ItemView of(Item item) {
            return new ItemView(
                    item.code(),
                    item.categoryCode(),
                    item.number(),
                    item.textJa(),
                    item.textEn(),
                    item.remedies(),
                    item.feature().path());
        }
    }

    record AssessmentView(
            long id,
            String title,
            long startedBy,
            Instant startedAt,
            Long closedBy,
            Instant closedAt,
            boolean open,
            int version) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(
                    a.id(), a.title(), a.startedBy(), a.startedAt(), a.closedBy(), a.closedAt(), a.open(), a.version());
        }
    }

    /** percent: points over max rounded half up, null without known answers; unknown: わからない answers, left out. */
    record ScoreView(int points, int max, Integer percent, int unknown) {

        static ScoreView of(Score s) {
            return new ScoreView(s.points(), s.max(), s.percent(), s.unknown());
        }
    }

    record AnswerView(
            String itemCode, long userId, Department department, Rating rating, String remark, Instant answeredAt) {

        static AnswerView of(Answer a) {
            return new AnswerView(a.itemCode(), a.userId(), a.department(), a.rating(), a.remark(), a.answeredAt());
        }
    }

    record ItemResultView(
            String code,
            ScoreView score,
            int spread,
            boolean disagreement,
            List<AnswerView> answers,
            Evidence evidence) {}

    record CategoryView(String code, int weight, ScoreView score) {}

    record PriorityView(
            int rank,
            String itemCode,
            ScoreView score,
            int spread,
            boolean disagreement,
            List<Remedy> remedies,
            String featurePath) {}

    record ResultView(
            AssessmentView assessment,
            ScoreView overall,
            List<CategoryView> categories,
            List<ItemResultView> items,
            List<PriorityView> priorities,
            Comparison sincePrevious) {}

    record NewAssessment(
            @Size(max = AssessmentDesk.TITLE_MAX) String title) {}

    record AnswerRequest(
            @NotNull Rating rating,
            @Size(max = AssessmentDesk.REMARK_MAX) String remark) {}

    record CloseRequest(@NotNull Integer version) {}

    private final AssessmentDesk desk;
    private final AssessmentResults results;

    HealthCheckApiController(AssessmentDesk desk, AssessmentResults results) {
        this.desk = desk;
        this.results = results;
    }

    @GetMapping("/items")
    @Operation(
            summary = "The sheet: 30 items in 10 categories, each with its remedies and the Tasuki feature that helps")
    List<ItemView> items() {
        return results.items().stream().map(ItemView::of).toList();
    }

    @GetMapping("/assessments")
    @Operation(summary = "Assessments, newest first")
    List<AssessmentView> assessments() {
        return results.all().stream().map(AssessmentView::of).toList();
    }

    @PostMapping("/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an assessment (managers, executives, admins); a blank title becomes today's date")
    AssessmentView start(@Valid @RequestBody NewAssessment request, @AuthenticationPrincipal SignedInUser user) {
        return AssessmentView.of(desk.start(request.title(), user));
    }

    @PutMapping("/assessments/{id}/answers/{itemCode}")
    @Operation(
            summary = "Rate one item as the caller (GOOD ○, PARTIAL △, POOR ×, UNKNOWN わからない) with an optional remark",
            description = "Replaces the caller's earlier answer of the item. 409 when the assessment is closed")
    AnswerView answer(
            @PathVariable long id,
            @PathVariable String itemCode,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return AnswerView.of(desk.answer(id, itemCode, request.rating(), request.remark(), user));
    }

    @PostMapping("/assessments/{id}/close")
    @Operation(
            summary = "Close an assessment (its starter only), keeping the evidence as it is now",
            description = "version: the one read; 409 when stale or already closed, 403 for anyone but the starter")
    AssessmentView close(
            @PathVariable long id,
            @Valid @RequestBody CloseRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return AssessmentView.of(desk.close(id, request.version(), user));
    }

    @GetMapping("/assessments/{id}")
    @Operation(
            summary = "An assessment's result: scores overall, per category and per item, every answer, the evidence "
                    + "beside each item, the weak items ranked with their remedies, and the change since"
                    + " the previous assessment")
    ResultView result(@PathVariable long id) {
        Result result = results.of(id);
        Map<String, Evidence> evidence = result.evidence();
        return new ResultView(
                AssessmentView.of(result.assessment()),
                ScoreView.of(result.scorecard().overall()),
                result.scorecard().categories().stream()
                        .map(c -> new CategoryView(
                                c.category().code(), c.category().weight(), ScoreView.of(c.score())))
                        .toList(),
                result.scorecard().items().stream()
                        .map(i -> new ItemResultView(
                                i.item().code(),
                                ScoreView.of(i.score()),
                                i.spread(),
                                i.disagreement(),
                                i.answers().stream().map(AnswerView::of).toList(),
                                evidence.get(i.item().code())))
                        .toList(),
                result.priorities().stream()
                        .map(p -> new PriorityView(
                                p.rank(),
                                p.result().item().code(),
                                ScoreView.of(p.result().score()),
                                p.result().spread(),
                                p.result().disagreement(),
                                p.result().item().remedies(),
                                p.result().item().feature().path()))
                        .toList(),
                result.sincePrevious().orElse(null));
    }
}
