package dev.tasuki.customer;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.AccountRows;
import dev.tasuki.customer.internal.ActivityEvidence;
import dev.tasuki.customer.internal.ActivityRows;
import dev.tasuki.customer.internal.ContactRows;
import dev.tasuki.customer.internal.Texts;
import dev.tasuki.healthcheck.Share;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Amounts;
import dev.tasuki.platform.OrganisationClock;

/**
 * Logging calls, emails, meetings, notes and tasks. Any member or manager (and admins) may log on any record;
 * executives read. One transaction writes the activity, its timeline entry and publishes {@link ActivityLogged}.
 */
@Service
@Transactional
public class Activities {

    public static final int MAX_LIST = 500;

    private final ActivityRows rows;
    private final ActivityEvidence evidence;
    private final AccountRows accounts;
    private final ContactRows contacts;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final OrganisationClock clock;
    private final KnownLeads leads;

    Activities(
            ActivityRows rows,
            ActivityEvidence evidence,
            AccountRows accounts,
            ContactRows contacts,
            Timeline timeline,
            ApplicationEventPublisher events,
            OrganisationClock clock,
            KnownLeads leads) {
        this.leads = leads;
        this.rows = rows;
        this.evidence = evidence;
        this.accounts = accounts;
        this.contacts = contacts;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    public boolean mayLog(SignedInUser user) {
        return user.role() != Role.EXECUTIVE;
    }

    public Activity log(LogActivity command, SignedInUser by) {
        if (!mayLog(by)) {
            throw CustomerRuleBroken.readOnly();
        }
        if (command.accountId() == null && command.contactId() == null && command.leadId() == null) {
            throw CustomerRuleBroken.activityTargetRequired();
        }
        String subject = Texts.clean(command.subject());
        if (command.kind() == null || subject == null) {
            throw new IllegalArgumentException("an activity needs a kind and a subject");
        }
        if (command.occurredAt() != null
                && !Amounts.isBusinessDay(
                        command.occurredAt().atZone(clock.zone()).toLocalDate())) {
            throw CustomerRuleBroken.dateOutOfRange("occurredAt");
        }
        if (command.leadId() != null && !leads.exists(command.leadId())) {
            throw CustomerRuleBroken.leadUnknown(command.leadId());
        }
        Long accountId = accountOf(command);
        Department department = by.department().orElse(null);
        ActivityRows.NewRow row = new ActivityRows.NewRow(
                accountId,
                command.contactId(),
                command.leadId(),
                command.kind(),
                subject,
                Texts.clean(command.body()),
                command.occurredAt() == null ? clock.now() : command.occurredAt(),
                command.dueOn(),
                by.id(),
                department);
        long id = rows.insert(row, clock.now());
        timeline.record(new TimelineEntry.Draft(
                accountId,
                row.contactId(),
                row.leadId(),
                row.kind().timelineKind(),
                row.occurredAt(),
                by.id(),
                department,
                List.of(),
                detail(row.subject(), row.body()),
                id));
        events.publishEvent(new ActivityLogged(
                id,
                accountId,
                row.contactId(),
                row.leadId(),
                row.kind(),
                row.subject(),
                row.occurredAt(),
                by.id(),
                department));
        return rows.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Activity> find(long id) {
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public List<Activity> ofAccount(long accountId) {
        return rows.ofAccount(accountId, MAX_LIST);
    }

    @Transactional(readOnly = true)
    public List<Activity> ofContact(long contactId) {
        return rows.ofContact(contactId, MAX_LIST);
    }

    /** A lead's activities, newest first. */
    @Transactional(readOnly = true)
    public List<Activity> ofLead(long leadId) {
        return rows.ofLead(leadId, MAX_LIST);
    }

    /**
     * Accounts with activities of a department, the part of them worked by two departments or more (the health check's
     * DATA-2).
     */
    @Transactional(readOnly = true)
    public Share accountsWorkedBySeveralDepartments() {
        return evidence.accountsWorkedBySeveralDepartments();
    }

    /**
     * The account the activity belongs to: the one given, else the contact's; a contact of another account is refused.
     */
    private Long accountOf(LogActivity command) {
        if (command.accountId() != null && accounts.find(command.accountId()).isEmpty()) {
            throw CustomerRuleBroken.accountUnknown(command.accountId());
        }
        if (command.contactId() == null) {
            return command.accountId();
        }
        Contact contact = contacts.find(command.contactId())
                .orElseThrow(() -> CustomerRuleBroken.contactUnknown(command.contactId()));
        if (command.accountId() != null
                && contact.accountId() != null
                && !command.accountId().equals(contact.accountId())) {
            throw CustomerRuleBroken.contactOfAnotherAccount();
        }
        return command.accountId() != null ? command.accountId() : contact.accountId();
    }

    private static String detail(String subject, String body) {
        return Texts.cut(body == null ? subject : subject + "\n" + body, TimelineEntry.MAX_DETAIL);
    }
}
