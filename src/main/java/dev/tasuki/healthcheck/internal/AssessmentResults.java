package dev.tasuki.healthcheck.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.HealthCheckRuleBroken;
import dev.tasuki.healthcheck.internal.Priorities.Priority;
import dev.tasuki.platform.OrganisationClock;

/**
 * The reading side: an assessment's result (scores, evidence, priorities, actions, the change since the previous one)
 * and the history of closed assessments.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentResults {

    /** Everything the result page and the API show of one assessment; assessors in the order they first answered. */
    public record Result(
            Assessment assessment,
            Scorecard scorecard,
            List<Long> assessors,
            Map<String, Evidence> evidence,
            List<Priority> priorities,
            List<ImprovementAction> actions,
            Optional<Comparison> sincePrevious) {}

    /** What the answering sheet needs: the scores with every answer, and the actions; no evidence. */
    public record SheetAnswers(Assessment assessment, Scorecard scorecard, List<ImprovementAction> actions) {}

    /** A closed assessment and its scorecard, for the history chart. */
    public record Point(Assessment assessment, Scorecard scorecard) {}

    private final AssessmentTable assessments;
    private final Sheet sheet;
    private final EvidenceBoard evidence;
    private final ImprovementActions actions;
    private final OrganisationClock clock;

    AssessmentResults(
            AssessmentTable assessments,
            Sheet sheet,
            EvidenceBoard evidence,
            ImprovementActions actions,
            OrganisationClock clock) {
        this.assessments = assessments;
        this.sheet = sheet;
        this.evidence = evidence;
        this.actions = actions;
        this.clock = clock;
    }

    public List<Assessment> all() {
        return assessments.all();
    }

    public Result of(long id) {
        Assessment assessment = assessments.find(id).orElseThrow(() -> HealthCheckRuleBroken.notFound(id));
        List<Answer> answers = assessments.answers(id);
        Scorecard scorecard = scorecard(answers);
        List<Long> assessors = new ArrayList<>(
                new LinkedHashSet<>(answers.stream().map(Answer::userId).toList()));
        Map<String, Evidence> shown = assessment.open() ? evidence.now(clock.today()) : evidence.keptFor(id);
        Optional<Comparison> since = previousClosed(assessment)
                .map(previous ->
                        Comparison.between(previous, scorecard(assessments.answers(previous.id())), scorecard));
        return new Result(
                assessment, scorecard, assessors, shown, Priorities.of(scorecard), actions.relevantTo(id), since);
    }

    public SheetAnswers sheetOf(long id) {
        Assessment assessment = assessments.find(id).orElseThrow(() -> HealthCheckRuleBroken.notFound(id));
        return new SheetAnswers(assessment, scorecard(assessments.answers(id)), actions.relevantTo(id));
    }

    public Scorecard scorecardOf(long id) {
        return scorecard(assessments.answers(id));
    }

    /** Closed assessments, oldest first, with their scores. */
    public List<Point> history() {
        return assessments.all().stream()
                .filter(assessment -> !assessment.open())
                .sorted(Comparator.comparing(Assessment::startedAt).thenComparing(Assessment::id))
                .map(assessment -> new Point(assessment, scorecardOf(assessment.id())))
                .toList();
    }

    public List<Category> categories() {
        return sheet.categories();
    }

    public List<Item> items() {
        return sheet.items();
    }

    private Scorecard scorecard(List<Answer> answers) {
        return Scorecard.of(sheet.categories(), sheet.items(), answers);
    }

    private Optional<Assessment> previousClosed(Assessment assessment) {
        return assessments.all().stream()
                .filter(other -> !other.open() && other.id() != assessment.id())
                .filter(other -> other.startedAt().isBefore(assessment.startedAt())
                        || other.startedAt().equals(assessment.startedAt()) && other.id() < assessment.id())
                .findFirst();
    }
}
