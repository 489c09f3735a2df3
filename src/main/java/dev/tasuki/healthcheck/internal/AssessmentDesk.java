package dev.tasuki.healthcheck.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.healthcheck.HealthCheckRuleBroken;
import dev.tasuki.healthcheck.Rating;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;

/**
 * The writing side of the health check: starting, answering and closing assessments, and improvement actions. Every
 * refusal changes nothing.
 */
@Service
@Transactional
public class AssessmentDesk {

    public static final int TITLE_MAX = 200;
    public static final int REMARK_MAX = 1000;

    private final AssessmentTable assessments;
    private final Sheet sheet;
    private final EvidenceBoard evidence;
    private final ImprovementActions actions;
    private final UserDirectory directory;
    private final OrganisationClock clock;

    AssessmentDesk(
            AssessmentTable assessments,
            Sheet sheet,
            EvidenceBoard evidence,
            ImprovementActions actions,
            UserDirectory directory,
            OrganisationClock clock) {
        this.assessments = assessments;
        this.sheet = sheet;
        this.evidence = evidence;
        this.actions = actions;
        this.directory = directory;
        this.clock = clock;
    }

    /** Starts an assessment; a blank title becomes today's date (2026-11-27). */
    public Assessment start(String title, SignedInUser by) {
        HealthCheckAccess.checkLead(by);
        String name = title == null || title.isBlank() ? clock.today().toString() : title.strip();
        if (name.length() > TITLE_MAX) {
            throw HealthCheckRuleBroken.tooLong("healthcheck.title.label", TITLE_MAX);
        }
        return get(assessments.insert(name, by.id(), clock.now()));
    }

    @Transactional(readOnly = true)
    public Assessment get(long id) {
        return assessments.find(id).orElseThrow(() -> HealthCheckRuleBroken.notFound(id));
    }

    /** Saves the user's rating and remark of one item, replacing their earlier answer. */
    public Answer answer(long assessmentId, String itemCode, Rating rating, String remark, SignedInUser by) {
        Assessment assessment = get(assessmentId);
        if (!assessment.open()) {
            throw HealthCheckRuleBroken.closed();
        }
        sheet.item(itemCode);
        if (rating == null) {
            throw HealthCheckRuleBroken.ratingRequired();
        }
        String note = remark == null || remark.isBlank() ? null : remark.strip();
        if (note != null && note.length() > REMARK_MAX) {
            throw HealthCheckRuleBroken.tooLong("healthcheck.remark", REMARK_MAX);
        }
        Answer answer = new Answer(itemCode, by.id(), by.department().orElse(null), rating, note, clock.now());
        assessments.saveAnswer(assessmentId, answer);
        return answer;
    }

    /** Closes the assessment (its starter only, at the version read) and keeps the evidence as it is now. */
    public Assessment close(long assessmentId, int version, SignedInUser by) {
        Assessment assessment = get(assessmentId);
        if (!assessment.open()) {
            throw HealthCheckRuleBroken.closed();
        }
        if (!HealthCheckAccess.mayClose(by, assessment)) {
            throw HealthCheckRuleBroken.onlyStarterCloses();
        }
        if (!assessments.close(assessmentId, version, by.id(), clock.now())) {
            throw HealthCheckRuleBroken.staleVersion();
        }
        evidence.keep(assessmentId, evidence.now(clock.today()));
        return get(assessmentId);
    }

    /**
     * An improvement action from an item of the assessment: a title, an owner the creator may assign, a due date from
     * today.
     */
    public ImprovementAction createAction(
            long assessmentId, String itemCode, String title, Long ownerId, LocalDate dueOn, SignedInUser by) {
        HealthCheckAccess.checkLead(by);
        get(assessmentId);
        sheet.item(itemCode);
        if (title == null || title.isBlank()) {
            throw HealthCheckRuleBroken.required("healthcheck.action.title");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw HealthCheckRuleBroken.tooLong("healthcheck.action.title", TITLE_MAX);
        }
        if (ownerId == null) {
            throw HealthCheckRuleBroken.required("healthcheck.action.owner");
        }
        if (dueOn == null) {
            throw HealthCheckRuleBroken.required("healthcheck.action.dueOn");
        }
        if (dueOn.isBefore(clock.today())) {
            throw HealthCheckRuleBroken.dueInPast();
        }
        UserAccount owner = directory.get(ownerId);
        if (!HealthCheckAccess.mayGiveAction(by, owner)) {
            throw HealthCheckRuleBroken.ownerNotAllowed();
        }
        long id = actions.insert(assessmentId, itemCode, title.strip(), owner.id(), dueOn, by.id(), clock.now());
        return actions.find(id).orElseThrow();
    }

    public ImprovementAction setActionDone(long actionId, boolean done, int version, SignedInUser by) {
        ImprovementAction action =
                actions.find(actionId).orElseThrow(() -> HealthCheckRuleBroken.actionNotFound(actionId));
        if (!HealthCheckAccess.mayChange(by, action)) {
            throw HealthCheckRuleBroken.mayNotChangeAction();
        }
        if (!actions.setDone(actionId, done, version)) {
            throw HealthCheckRuleBroken.staleVersion();
        }
        return actions.find(actionId).orElseThrow();
    }
}
