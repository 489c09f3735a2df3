package dev.tasuki.relay.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.ActivitiesImported;
import dev.tasuki.customer.ActivityLogged;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.customer.TimelineKind;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.relay.CaptureSubmittedForKnownLead;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.LeadStageChanged;
import dev.tasuki.relay.LifecycleStage;
import dev.tasuki.relay.ReasonCode;

/**
 * Writes the relay's happenings into the one customer timeline, in the transaction that made them, and scores
 * activities logged on leads. Plain synchronous listeners on purpose: the entries and the score are part of the change,
 * committed or rolled back with it, so the timeline is never behind (an after-commit listener could leave a change
 * without its entry).
 */
@Component
public class RelayTimeline {

    private final Timeline timeline;
    private final UserDirectory directory;
    private final LeadScoring scoring;
    private final ReasonCodes reasons;

    RelayTimeline(Timeline timeline, UserDirectory directory, LeadScoring scoring, ReasonCodes reasons) {
        this.timeline = timeline;
        this.directory = directory;
        this.scoring = scoring;
        this.reasons = reasons;
    }

    @EventListener
    void on(LeadStageChanged changed) {
        timeline.record(stageDraft(
                changed.accountId(),
                changed.leadId(),
                changed.from(),
                changed.to(),
                changed.at(),
                changed.byUserId(),
                departmentOf(changed.byUserId())));
    }

    /** A website form for a known lead: on its timeline for review, with what the form said as the detail. */
    @EventListener
    void on(CaptureSubmittedForKnownLead submitted) {
        timeline.record(new TimelineEntry.Draft(
                submitted.accountId(),
                null,
                submitted.leadId(),
                TimelineKind.CAPTURE_SUBMITTED,
                submitted.at(),
                null,
                null,
                List.of(
                        TimelineEntry.key(submitted.formSource().messageKey()),
                        String.valueOf(submitted.filledFields().size())),
                String.join(" / ", submitted.submitted()),
                null));
    }

    @EventListener
    void on(HandoffSent sent) {
        timeline.record(handoffDraft(
                TimelineKind.HANDOFF_SENT,
                sent.accountId(),
                sent.leadId(),
                sent.kind(),
                sent.at(),
                sent.byUserId(),
                departmentOf(sent.byUserId()),
                null,
                null,
                sent.handoffId()));
    }

    @EventListener
    void on(HandoffAccepted accepted) {
        timeline.record(handoffDraft(
                TimelineKind.HANDOFF_ACCEPTED,
                accepted.accountId(),
                accepted.leadId(),
                accepted.kind(),
                accepted.at(),
                accepted.byUserId(),
                departmentOf(accepted.byUserId()),
                null,
                null,
                accepted.handoffId()));
    }

    @EventListener
    void on(HandoffRejected rejected) {
        timeline.record(handoffDraft(
                TimelineKind.HANDOFF_REJECTED,
                rejected.accountId(),
                rejected.leadId(),
                rejected.kind(),
                rejected.at(),
                rejected.byUserId(),
                departmentOf(rejected.byUserId()),
                reasonLabel(rejected.reasonCode()),
                rejected.comment(),
                rejected.handoffId()));
    }

    static TimelineEntry.Draft stageDraft(
            Long accountId,
            long leadId,
            LifecycleStage from,
            LifecycleStage to,
            Instant at,
            Long byUserId,
            Department byDepartment) {
        List<String> arguments = from == null
                ? List.of(TimelineEntry.key(to.messageKey()))
                : List.of(TimelineEntry.key(from.messageKey()), TimelineEntry.key(to.messageKey()));
        return new TimelineEntry.Draft(
                accountId,
                null,
                leadId,
                from == null ? TimelineKind.LEAD_CREATED : TimelineKind.STAGE_CHANGED,
                at,
                byUserId,
                byDepartment,
                arguments,
                null,
                null);
    }

    /**
     * A handoff's entry: its kind, and for a rejection the reason (both languages, the code's labels) and the comment.
     */
    static TimelineEntry.Draft handoffDraft(
            TimelineKind entryKind,
            Long accountId,
            long leadId,
            HandoffKind kind,
            Instant at,
            Long byUserId,
            Department byDepartment,
            String reason,
            String comment,
            Long handoffId) {
        List<String> arguments = reason == null
                ? List.of(TimelineEntry.key(kind.messageKey()))
                : List.of(TimelineEntry.key(kind.messageKey()), reason);
        return new TimelineEntry.Draft(
                accountId, null, leadId, entryKind, at, byUserId, byDepartment, arguments, comment, handoffId);
    }

    String reasonLabel(String code) {
        return reasonLabel(code, reasons.all());
    }

    /** A reason code as the timeline shows it: its labels in both languages, since entries outlive a label's edits. */
    static String reasonLabel(String code, List<ReasonCode> codes) {
        return codes.stream()
                .filter(reason -> reason.code().equals(code))
                .map(reason -> TimelineEntry.text(reason.labelJa() + " / " + reason.labelEn()))
                .findFirst()
                .orElse(code);
    }

    @EventListener
    void on(ActivityLogged logged) {
        if (logged.leadId() != null) {
            scoring.activityLogged(
                    logged.leadId(), logged.activityId(), logged.kind().name(), logged.subject(), logged.occurredAt());
        }
    }

    @EventListener
    void on(ActivitiesImported imported) {
        scoring.activitiesLogged(imported.activities());
    }

    Department departmentOf(Long userId) {
        return userId == null ? null : directory.get(userId).department();
    }
}
