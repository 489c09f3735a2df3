package dev.tasuki.customer;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.TimelineArguments;
import dev.tasuki.platform.OrganisationClock;

/**
 * Batch writes of history for imports and the demo organisation: timeline entries and past
 * activities, one round trip per batch. Each imported activity is still announced as
 * {@link ActivityLogged}, so that listeners (lead scoring) see it as if it had been logged.
 */
@Service
@Transactional
public class CustomerImport {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;

    CustomerImport(JdbcTemplate jdbc, ApplicationEventPublisher events, OrganisationClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public void recordTimeline(List<TimelineEntry.Draft> drafts) {
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (TimelineEntry.Draft draft : drafts) {
            rows.add(new Object[] {draft.accountId(), draft.contactId(), draft.leadId(), draft.kind(),
                    Timestamp.from(draft.occurredAt() == null ? clock.now() : draft.occurredAt()), draft.actorId(),
                    draft.actorDepartment() == null ? null : draft.actorDepartment().name(),
                    TimelineArguments.join(draft.arguments()), draft.detail(), draft.refId()});
        }
        jdbc.batchUpdate("""
                insert into timeline_entry (account_id, contact_id, lead_id, kind, occurred_at, actor_id, actor_department,
                                            arguments, detail, ref_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    public void importActivities(List<PastActivity> activities) {
        List<Long> ids = new ArrayList<>(activities.size());
        jdbc.execute((java.sql.Connection connection) -> {
            try (var insert = connection.prepareStatement("""
                    insert into activity (account_id, contact_id, lead_id, kind, subject, body, occurred_at, by_user_id,
                                          by_department, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, java.sql.Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(clock.now());
                for (PastActivity activity : activities) {
                    insert.setObject(1, activity.accountId());
                    insert.setObject(2, activity.contactId());
                    insert.setObject(3, activity.leadId());
                    insert.setString(4, activity.kind().name());
                    insert.setString(5, activity.subject());
                    insert.setString(6, activity.body());
                    insert.setTimestamp(7, Timestamp.from(activity.occurredAt()));
                    insert.setLong(8, activity.byUserId());
                    insert.setString(9, activity.byDepartment() == null ? null : activity.byDepartment().name());
                    insert.setTimestamp(10, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        List<TimelineEntry.Draft> entries = new ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            PastActivity activity = activities.get(i);
            long id = ids.get(i);
            entries.add(new TimelineEntry.Draft(activity.accountId(), activity.contactId(), activity.leadId(),
                    activity.kind().timelineKind(), activity.occurredAt(), activity.byUserId(), activity.byDepartment(),
                    List.of(), activity.subject(), id));
            events.publishEvent(new ActivityLogged(id, activity.accountId(), activity.contactId(), activity.leadId(), activity.kind(),
                    activity.subject(), activity.occurredAt(), activity.byUserId(), activity.byDepartment()));
        }
        recordTimeline(entries);
    }
}
