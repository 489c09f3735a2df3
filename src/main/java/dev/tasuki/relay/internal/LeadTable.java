package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;
import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Segment;
import dev.tasuki.platform.PersonName;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.LifecycleStage;

/**
 * The lead table. Stage columns are written only through {@link #enterStage}, which the one stage-changing service
 * calls.
 */
@Repository
public class LeadTable {

    static final String COLUMNS = """
            l.id, l.account_id, l.suggested_account_id, l.contact_id, l.family_name, l.given_name, l.family_name_kana,
            l.given_name_kana, l.email, l.phone, l.company_name, l.title, l.industry, l.employee_band, l.segment,
            l.source, l.campaign_id, l.stage, l.stage_entered_at, l.owner_id, l.score, l.created_at, l.created_by,
            l.updated_at, l.version
            """;

    private final JdbcClient jdbc;

    LeadTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Lead> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from lead l where l.id = :id")
                .param("id", id)
                .query(LeadTable::map)
                .optional();
    }

    /**
     * Reads the lead and holds its row until the transaction ends, so two handoff actions on one lead run one after the
     * other.
     */
    Optional<Lead> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from lead l where l.id = :id for update")
                .param("id", id)
                .query(LeadTable::map)
                .optional();
    }

    Optional<Long> idByEmail(String email, long exceptId) {
        String normalised = normaliseEmail(email);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id from lead where email = :email and id <> :id")
                .param("email", normalised)
                .param("id", exceptId)
                .query(Long.class)
                .optional();
    }

    /** The leads of these emails (compared trimmed and lower-cased), by their stored email. */
    public Map<String, Long> idsByEmail(Collection<String> emails) {
        List<String> normalised = emails.stream()
                .map(LeadTable::normaliseEmail)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Long> ids = new HashMap<>();
        if (!normalised.isEmpty()) {
            jdbc.sql("select id, email from lead where email in (:emails)")
                    .param("emails", normalised)
                    .query((rs, n) -> ids.put(rs.getString("email"), rs.getLong("id")))
                    .list();
        }
        return ids;
    }

    long insert(LeadDetails details, LifecycleStage stage, Long suggestedAccountId, Instant createdAt, Long createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into lead (suggested_account_id, family_name, given_name, family_name_kana, given_name_kana,
                    email, phone,
                                  company_name, title, industry, employee_band, segment, source, campaign_id, owner_id,
                                  stage, stage_entered_at, score, created_at, created_by, updated_at, version)
                values (:suggested, :family, :given, :familyKana, :givenKana, :email, :phone, :company, :title,
                    :industry,
                        :band, :segment, :source, :campaign, :owner, :stage, :at, 0, :at, :by, :at, 0)
                """)
                .param("suggested", suggestedAccountId)
                .params(detailParameters(details))
                .param("stage", stage.name())
                .param("at", utc(createdAt))
                .param("by", createdBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean update(long id, int version, LeadDetails details, Long suggestedAccountId, Instant now) {
        return jdbc.sql("""
                update lead set family_name = :family, given_name = :given, family_name_kana = :familyKana,
                       given_name_kana = :givenKana, email = :email, phone = :phone, company_name = :company, title = \
                       :title,
                       industry = :industry, employee_band = :band, segment = :segment, source = :source,
                       campaign_id = :campaign, owner_id = :owner, suggested_account_id = :suggested,
                       updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """)
                        .params(detailParameters(details))
                        .param("suggested", suggestedAccountId)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean enterStage(long id, LifecycleStage stage, Instant at) {
        return jdbc.sql("update lead set stage = :stage, stage_entered_at = :at, updated_at = :at,"
                                + " version = version + 1 where id = :id")
                        .param("stage", stage.name())
                        .param("at", utc(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    boolean linkAccount(long id, int version, Long accountId, Instant now) {
        return jdbc.sql("""
                update lead set account_id = :account, suggested_account_id = null, updated_at = :now, version =
                    version + 1
                 where id = :id and version = :version
                """)
                        .param("account", accountId)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean assign(long id, int version, long ownerId, Instant now) {
        return jdbc.sql("update lead set owner_id = :owner, updated_at = :now, version = version + 1"
                                + " where id = :id and version = :version")
                        .param("owner", ownerId)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void setScore(long id, int score) {
        jdbc.sql("update lead set score = :score where id = :id")
                .param("score", score)
                .param("id", id)
                .update();
    }

    private static Map<String, Object> detailParameters(LeadDetails details) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("family", blankToNull(details.familyName()));
        parameters.put("given", blankToNull(details.givenName()));
        parameters.put("familyKana", blankToNull(details.familyNameKana()));
        parameters.put("givenKana", blankToNull(details.givenNameKana()));
        parameters.put("email", normaliseEmail(details.email()));
        parameters.put("phone", blankToNull(details.phone()));
        parameters.put("company", blankToNull(details.companyName()));
        parameters.put("title", blankToNull(details.title()));
        parameters.put("industry", nameOf(details.industry()));
        parameters.put("band", nameOf(details.employeeBand()));
        parameters.put("segment", nameOf(details.segment()));
        parameters.put("source", details.source().name());
        parameters.put("campaign", details.campaignId());
        parameters.put("owner", details.ownerId());
        return parameters;
    }

    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Lead map(ResultSet rs, int row) throws SQLException {
        return new Lead(
                rs.getLong("id"),
                nullableLong(rs, "account_id"),
                nullableLong(rs, "suggested_account_id"),
                nullableLong(rs, "contact_id"),
                new PersonName(rs.getString("family_name"), rs.getString("given_name")),
                new PersonName(rs.getString("family_name_kana"), rs.getString("given_name_kana")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("company_name"),
                rs.getString("title"),
                enumOf(Industry.class, rs.getString("industry")),
                enumOf(EmployeeBand.class, rs.getString("employee_band")),
                enumOf(Segment.class, rs.getString("segment")),
                LeadSource.valueOf(rs.getString("source")),
                nullableLong(rs, "campaign_id"),
                LifecycleStage.valueOf(rs.getString("stage")),
                instant(rs, "stage_entered_at"),
                nullableLong(rs, "owner_id"),
                rs.getInt("score"),
                instant(rs, "created_at"),
                nullableLong(rs, "created_by"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
