package dev.tasuki.deal.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealDetails;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;
import dev.tasuki.identity.Department;

@Repository
public class DealTable {

    static final String COLUMNS = """
            id, account_id, lead_id, name, type, amount, mrr, term, expected_close_on, owner_id, department, stage,
            stage_entered_at, status, closed_at, contract_start, close_reason, close_comment, created_at, created_by, \
            version
            """;

    private final JdbcClient jdbc;

    DealTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Deal> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from deal where id = :id")
                .param("id", id)
                .query(DealTable::map)
                .optional();
    }

    Optional<Deal> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from deal where id = :id for update")
                .param("id", id)
                .query(DealTable::map)
                .optional();
    }

    public List<Deal> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS
                        + " from deal where account_id = :account order by created_at desc, id desc")
                .param("account", accountId)
                .query(DealTable::map)
                .list();
    }

    public List<Deal> open() {
        return jdbc.sql("select " + COLUMNS + " from deal where status = 'OPEN' order by expected_close_on, id")
                .query(DealTable::map)
                .list();
    }

    /** Open deals and won ones: what the forecast sums. */
    public List<Deal> openAndWon() {
        return jdbc.sql("select " + COLUMNS + " from deal where status in ('OPEN', 'WON')")
                .query(DealTable::map)
                .list();
    }

    public List<Deal> search(DealStatus status, String stage, Long ownerId, DealType type) {
        return jdbc.sql("select " + COLUMNS + """
                 from deal
                 where (cast(:status as varchar) is null or status = :status)
                   and (cast(:stage as varchar) is null or stage = :stage)
                   and (cast(:owner as bigint) is null or owner_id = :owner)
                   and (cast(:type as varchar) is null or type = :type)
                 order by case when status = 'OPEN' then 0 else 1 end, expected_close_on, id
                 limit 500
                """)
                .param("status", status == null ? null : status.name())
                .param("stage", stage)
                .param("owner", ownerId)
                .param("type", type == null ? null : type.name())
                .query(DealTable::map)
                .list();
    }

    long insert(
            DealDetails details,
            Long leadId,
            Long handoffId,
            Department department,
            String stage,
            Instant now,
            Long by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into deal (account_id, lead_id, handoff_id, name, type, amount, mrr, term, expected_close_on,
                    owner_id,
                                  department, stage, stage_entered_at, status, created_at, created_by, updated_at, \
                                  version)
                values (:account, :lead, :handoff, :name, :type, :amount, :mrr, :term, :close, :owner, :department,
                    :stage, :now,
                        'OPEN', :now, :by, :now, 0)
                """)
                .params(Map.of(
                        "account",
                        details.accountId(),
                        "name",
                        details.name().strip(),
                        "type",
                        details.type().name(),
                        "amount",
                        details.amount(),
                        "mrr",
                        details.mrr(),
                        "term",
                        details.term().name(),
                        "close",
                        details.expectedCloseOn(),
                        "department",
                        department.name(),
                        "stage",
                        stage,
                        "now",
                        utc(now)))
                .param("lead", leadId)
                .param("handoff", handoffId)
                .param("owner", details.ownerId())
                .param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, DealDetails details, Instant now) {
        return jdbc.sql("""
                update deal set name = :name, type = :type, amount = :amount, mrr = :mrr, term = :term,
                       expected_close_on = :close, owner_id = :owner, updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = 'OPEN'
                """)
                        .param("name", details.name().strip())
                        .param("type", details.type().name())
                        .param("amount", details.amount())
                        .param("mrr", details.mrr())
                        .param("term", details.term().name())
                        .param("close", details.expectedCloseOn())
                        .param("owner", details.ownerId())
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void enterStage(long id, String stage, Instant at) {
        jdbc.sql("update deal set stage = :stage, stage_entered_at = :at, updated_at = :at, version ="
                        + " version + 1 where id = :id")
                .param("stage", stage)
                .param("at", utc(at))
                .param("id", id)
                .update();
    }

    void close(
            long id,
            DealStatus status,
            String stage,
            Instant at,
            String reason,
            String comment,
            long mrr,
            ContractTerm term,
            LocalDate contractStart) {
        jdbc.sql("""
                update deal set status = :status, stage = :stage, stage_entered_at = :at, closed_at = :at,
                    close_reason = :reason,
                       close_comment = :comment, mrr = :mrr, term = :term, contract_start = :start, updated_at = :at,
                       version = version + 1
                 where id = :id
                """)
                .param("status", status.name())
                .param("stage", stage)
                .param("at", utc(at))
                .param("reason", reason)
                .param("comment", comment)
                .param("mrr", mrr)
                .param("term", term.name())
                .param("start", contractStart)
                .param("id", id)
                .update();
    }

    static Deal map(ResultSet rs, int row) throws SQLException {
        long lead = rs.getLong("lead_id");
        Long leadId = rs.wasNull() ? null : lead;
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        long creator = rs.getLong("created_by");
        Long createdBy = rs.wasNull() ? null : creator;
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new Deal(
                rs.getLong("id"),
                rs.getLong("account_id"),
                leadId,
                rs.getString("name"),
                DealType.valueOf(rs.getString("type")),
                rs.getLong("amount"),
                rs.getLong("mrr"),
                ContractTerm.valueOf(rs.getString("term")),
                rs.getObject("expected_close_on", LocalDate.class),
                ownerId,
                Department.valueOf(rs.getString("department")),
                rs.getString("stage"),
                rs.getObject("stage_entered_at", OffsetDateTime.class).toInstant(),
                DealStatus.valueOf(rs.getString("status")),
                closed == null ? null : closed.toInstant(),
                rs.getObject("contract_start", LocalDate.class),
                rs.getString("close_reason"),
                rs.getString("close_comment"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                createdBy,
                rs.getInt("version"));
    }
}
