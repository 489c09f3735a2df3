package dev.tasuki.customer;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.CompanyNames;
import dev.tasuki.customer.internal.Domains;
import dev.tasuki.customer.internal.Texts;
import dev.tasuki.customer.internal.TimelineArguments;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.BatchInsert;
import dev.tasuki.platform.OrganisationClock;

/**
 * Batch writes of history for imports and the demo organisation: timeline entries and past activities and accounts, one
 * round trip per batch. Imported activities are announced together as one {@link ActivitiesImported}, so that listeners
 * (lead scoring) handle them in one go rather than one by one. Imported accounts keep their creation time; their fields
 * are cleaned as {@link Accounts} cleans them, and a domain already taken fails the whole batch.
 */
@Service
@Transactional
public class CustomerImport {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;
    private final UserDirectory directory;

    CustomerImport(
            JdbcTemplate jdbc, ApplicationEventPublisher events, OrganisationClock clock, UserDirectory directory) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.directory = directory;
    }

    public void recordTimeline(List<TimelineEntry.Draft> drafts) {
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (TimelineEntry.Draft draft : drafts) {
            rows.add(new Object[] {
                draft.accountId(),
                draft.contactId(),
                draft.leadId(),
                draft.kind().name(),
                Timestamp.from(draft.occurredAt() == null ? clock.now() : draft.occurredAt()),
                draft.actorId(),
                draft.actorDepartment() == null ? null : draft.actorDepartment().name(),
                TimelineArguments.join(draft.arguments()),
                draft.detail(),
                draft.refId()
            });
        }
        BatchInsert.rows(
                jdbc,
                "timeline_entry",
                "account_id, contact_id, lead_id, kind, occurred_at, actor_id,"
                        + " actor_department, arguments, detail, ref_id",
                rows);
    }

    /** Writes the accounts with their "created" timeline entries; returns their ids, in the order given. */
    public List<Long> importAccounts(List<PastAccount> accounts) {
        List<Object[]> rows = new ArrayList<>(accounts.size());
        for (PastAccount account : accounts) {
            String name = Texts.clean(account.name());
            Timestamp created = Timestamp.from(account.createdAt());
            rows.add(new Object[] {
                name,
                CompanyNames.key(name),
                Texts.katakana(account.nameKana()),
                Domains.normalise(account.domain()).orElse(null),
                nameOf(account.industry()),
                nameOf(account.employeeBand()),
                nameOf(account.segment()),
                account.ownerId(),
                Texts.phone(account.phone()),
                nameOf(account.prefecture()),
                Texts.clean(account.address()),
                account.createdBy(),
                created,
                created,
                0
            });
        }
        List<Long> ids = BatchInsert.returningIds(
                jdbc,
                "account",
                "name, name_key, name_kana, domain, industry,"
                        + " employee_band, segment, owner_id, phone, prefecture, address, created_by, created_at,"
                        + " updated_at, version",
                rows);
        Map<Long, Department> departments = new HashMap<>();
        directory.all().forEach(user -> departments.put(user.id(), user.department()));
        List<TimelineEntry.Draft> created = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            PastAccount account = accounts.get(i);
            created.add(new TimelineEntry.Draft(
                    ids.get(i),
                    null,
                    null,
                    TimelineKind.ACCOUNT_CREATED,
                    account.createdAt(),
                    account.createdBy(),
                    departments.get(account.createdBy()),
                    List.of(),
                    null,
                    null));
        }
        recordTimeline(created);
        return ids;
    }

    public void importActivities(List<PastActivity> activities) {
        Timestamp now = Timestamp.from(clock.now());
        List<Object[]> rows = new ArrayList<>(activities.size());
        for (PastActivity activity : activities) {
            rows.add(new Object[] {
                activity.accountId(),
                activity.contactId(),
                activity.leadId(),
                activity.kind().name(),
                activity.subject(),
                activity.body(),
                Timestamp.from(activity.occurredAt()),
                activity.byUserId(),
                activity.byDepartment() == null ? null : activity.byDepartment().name(),
                now
            });
        }
        List<Long> ids = BatchInsert.returningIds(
                jdbc,
                "activity",
                "account_id, contact_id, lead_id, kind, subject, body,"
                        + " occurred_at, by_user_id, by_department, created_at",
                rows);
        List<TimelineEntry.Draft> entries = new ArrayList<>(activities.size());
        List<ActivityLogged> logged = new ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            PastActivity activity = activities.get(i);
            long id = ids.get(i);
            entries.add(new TimelineEntry.Draft(
                    activity.accountId(),
                    activity.contactId(),
                    activity.leadId(),
                    activity.kind().timelineKind(),
                    activity.occurredAt(),
                    activity.byUserId(),
                    activity.byDepartment(),
                    List.of(),
                    activity.subject(),
                    id));
            logged.add(new ActivityLogged(
                    id,
                    activity.accountId(),
                    activity.contactId(),
                    activity.leadId(),
                    activity.kind(),
                    activity.subject(),
                    activity.occurredAt(),
                    activity.byUserId(),
                    activity.byDepartment()));
        }
        recordTimeline(entries);
        events.publishEvent(new ActivitiesImported(logged));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
