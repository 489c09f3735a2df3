package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.identity.Department;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.QueueItem;

/** Reads work queues: the handoffs first, then their leads in one more query. */
@Component
public class QueueQueries {

    /** The queue order: the SLA due time first, then the higher score. */
    static final Comparator<QueueItem> QUEUE_ORDER = Comparator.<QueueItem, Instant>comparing(
                    item -> item.handoff().dueAt())
            .thenComparing(item -> item.lead().score(), Comparator.reverseOrder())
            .thenComparing(item -> item.handoff().id());

    private final JdbcClient jdbc;

    QueueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<QueueItem> pendingTo(Department department) {
        List<Handoff> handoffs = jdbc.sql("select " + HandoffTable.COLUMNS
                        + " from handoff h where h.to_department = :department and h.status = 'PENDING'")
                .param("department", department.name())
                .query(HandoffTable::map)
                .list();
        return withLeads(handoffs).stream().sorted(QUEUE_ORDER).toList();
    }

    public long overdueCount(Department department, Instant now) {
        return jdbc.sql("select count(*) from handoff where to_department = :department and status = 'PENDING'"
                        + " and due_at < :now")
                .param("department", department.name())
                .param("now", utc(now))
                .query(Long.class)
                .single();
    }

    public List<QueueItem> rejectedFrom(Department department, Instant since) {
        List<Handoff> handoffs = jdbc.sql(
                        "select " + HandoffTable.COLUMNS + " from handoff h where h.from_department = :department "
                                + "and h.status = 'REJECTED' and h.responded_at >= :since order by h.responded_at"
                                + " desc, h.id desc")
                .param("department", department.name())
                .param("since", utc(since))
                .query(HandoffTable::map)
                .list();
        return withLeads(handoffs);
    }

    private List<QueueItem> withLeads(List<Handoff> handoffs) {
        if (handoffs.isEmpty()) {
            return List.of();
        }
        Map<Long, Lead> leads = jdbc
                .sql("select " + LeadTable.COLUMNS + " from lead l where l.id in (:ids)")
                .param("ids", handoffs.stream().map(Handoff::leadId).distinct().toList())
                .query(LeadTable::map)
                .list()
                .stream()
                .collect(Collectors.toMap(Lead::id, Function.identity()));
        return handoffs.stream()
                .map(handoff -> new QueueItem(handoff, leads.get(handoff.leadId())))
                .toList();
    }
}
