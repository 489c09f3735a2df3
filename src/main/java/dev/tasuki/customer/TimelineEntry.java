package dev.tasuki.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.tasuki.identity.Department;
import dev.tasuki.platform.PersonName;

/**
 * Something that happened to a customer, as the timeline shows it: the message of its kind with the arguments (an
 * argument "#key" is the message of that key, shown in the reader's language; {@link #yen(long)} and
 * {@link #date(LocalDate)} are formatted for the reader), the user's own text in detail, who did it (null for the
 * system) and the id of the activity, handoff or deal it refers to.
 */
public record TimelineEntry(
        long id,
        Long accountId,
        Long contactId,
        Long leadId,
        TimelineKind kind,
        Instant occurredAt,
        Long actorId,
        PersonName actorName,
        Department actorDepartment,
        List<String> arguments,
        String detail,
        Long refId) {

    public static final int MAX_DETAIL = 4000;

    /**
     * What a module records. At least one of accountId, contactId and leadId; occurredAt defaults to now and, for a
     * contact of an account, accountId to the contact's account. User text goes into detail, not the arguments; wrap
     * values that come from users in {@link #text(String)} when they must be arguments.
     */
    public record Draft(
            Long accountId,
            Long contactId,
            Long leadId,
            TimelineKind kind,
            Instant occurredAt,
            Long actorId,
            Department actorDepartment,
            List<String> arguments,
            String detail,
            Long refId) {

        public Draft {
            if (kind == null) {
                throw new IllegalArgumentException("a timeline entry has a kind");
            }
            if (accountId == null && contactId == null && leadId == null) {
                throw new IllegalArgumentException("a timeline entry belongs to an account, a contact or a lead");
            }
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }
    }

    /** An argument shown as the message of this key, e.g. {@code key("stage.MQL")}. */
    public static String key(String messageKey) {
        return "#" + messageKey;
    }

    /** An argument shown as an amount in yen, formatted for the reader (¥1,234,567). */
    public static String yen(long amount) {
        return "#yen:" + amount;
    }

    /** An argument shown as a day, formatted for the reader (2026/04/01, 1 Apr 2026). */
    public static String date(LocalDate day) {
        return "#date:" + day;
    }

    /** An argument shown as it is, even when it starts with '#'. */
    public static String text(String value) {
        return value != null && value.startsWith("#") ? "#" + value : value;
    }
}
