package dev.tasuki.relay.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.ActivityLogged;
import dev.tasuki.customer.Timeline;
import dev.tasuki.customer.TimelineEntry;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.relay.HandoffAccepted;
import dev.tasuki.relay.HandoffRejected;
import dev.tasuki.relay.HandoffSent;
import dev.tasuki.relay.LeadStageChanged;

/**
 * Writes the relay's happenings into the one customer timeline, in the transaction that made them,
 * and scores activities logged on leads. Listeners run synchronously: the timeline is never behind.
 */
@Component
class RelayTimeline {

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
        List<String> arguments = changed.from() == null
                ? List.of(TimelineEntry.key(changed.to().messageKey()))
                : List.of(TimelineEntry.key(changed.from().messageKey()), TimelineEntry.key(changed.to().messageKey()));
        timeline.record(new TimelineEntry.Draft(changed.accountId(), null, changed.leadId(),
                changed.from() == null ? "LEAD_CREATED" : "STAGE_CHANGED", changed.at(), changed.byUserId(),
                departmentOf(changed.byUserId()), arguments, null, null));
    }

    @EventListener
    void on(HandoffSent sent) {
        timeline.record(new TimelineEntry.Draft(sent.accountId(), null, sent.leadId(), "HANDOFF_SENT", sent.at(), sent.byUserId(),
                departmentOf(sent.byUserId()), List.of(TimelineEntry.key(sent.kind().messageKey())), null, sent.handoffId()));
    }

    @EventListener
    void on(HandoffAccepted accepted) {
        timeline.record(new TimelineEntry.Draft(accepted.accountId(), null, accepted.leadId(), "HANDOFF_ACCEPTED", accepted.at(),
                accepted.byUserId(), departmentOf(accepted.byUserId()), List.of(TimelineEntry.key(accepted.kind().messageKey())),
                null, accepted.handoffId()));
    }

    @EventListener
    void on(HandoffRejected rejected) {
        String reason = reasons.all().stream().filter(code -> code.code().equals(rejected.reasonCode()))
                .map(code -> TimelineEntry.text(code.labelJa() + " / " + code.labelEn())).findFirst().orElse(rejected.reasonCode());
        timeline.record(new TimelineEntry.Draft(rejected.accountId(), null, rejected.leadId(), "HANDOFF_REJECTED", rejected.at(),
                rejected.byUserId(), departmentOf(rejected.byUserId()),
                List.of(TimelineEntry.key(rejected.kind().messageKey()), reason), rejected.comment(), rejected.handoffId()));
    }

    @EventListener
    void on(ActivityLogged logged) {
        if (logged.leadId() != null) {
            scoring.activityLogged(logged.leadId(), logged.activityId(), logged.kind().name(), logged.subject(), logged.occurredAt());
        }
    }

    private Department departmentOf(Long userId) {
        return userId == null ? null : directory.get(userId).department();
    }
}
