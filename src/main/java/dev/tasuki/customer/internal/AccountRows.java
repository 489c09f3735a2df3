package dev.tasuki.customer.internal;

import static dev.tasuki.platform.JdbcValues.instant;
import static dev.tasuki.platform.JdbcValues.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Prefecture;
import dev.tasuki.customer.Segment;
import dev.tasuki.platform.Page;

/** The account table. Public only for the module's services; Modulith keeps other modules out of this package. */
@Repository
public class AccountRows {

    private static final String COLUMNS = """
            a.id, a.name, a.name_kana, a.domain, a.industry, a.employee_band, a.segment, a.owner_id, a.phone,
            a.prefecture, a.address, a.created_by, a.created_at, a.updated_at, a.version
            """;

    private static final Map<String, String> SORTS =
            Map.of("name", "a.name", "createdAt", "a.created_at", "updatedAt", "a.updated_at");

    private static final Map<String, UnaryOperator<String>> SEARCHED = searched();

    private final JdbcClient jdbc;

    AccountRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.id = :id")
                .param("id", id)
                .query(AccountRows::map)
                .optional();
    }

    public Optional<Account> findByDomain(String domain) {
        return jdbc.sql("select " + COLUMNS + " from account a where a.domain = :domain")
                .param("domain", domain)
                .query(AccountRows::map)
                .optional();
    }

    public Page<Account> search(AccountSearch search) {
        Where where = new Where()
                .words(search.q(), SEARCHED)
                .equal(
                        "a.industry = :industry",
                        "industry",
                        search.industry() == null ? null : search.industry().name())
                .equal(
                        "a.segment = :segment",
                        "segment",
                        search.segment() == null ? null : search.segment().name())
                .equal(
                        "a.employee_band = :band",
                        "band",
                        search.employeeBand() == null
                                ? null
                                : search.employeeBand().name())
                .equal("a.owner_id = :owner", "owner", search.ownerId());
        return where.page(
                jdbc,
                "from account a",
                "select " + COLUMNS + " from account a",
                SortOrder.of(search.sort(), SORTS, "name", "a.id"),
                search.page(),
                search.size(),
                AccountRows::map);
    }

    public long insert(AccountValues values, long createdBy, Instant now) {
        return RecordWrites.insert(bind(jdbc.sql("""
                insert into account (name, name_key, name_kana, domain, industry, employee_band, segment, owner_id,
                    phone,
                                     prefecture, address, created_by, created_at, updated_at, version)
                values (:name, :nameKey, :nameKana, :domain, :industry, :band, :segment, :owner, :phone,
                        :prefecture, :address, :createdBy, :now, :now, 0)
                """), values), createdBy, now);
    }

    /** Writes the values if the account is still at the version; false when someone changed it first. */
    public boolean update(long id, int version, AccountValues values, Instant now) {
        return RecordWrites.update(bind(jdbc.sql("""
                update account
                   set name = :name, name_key = :nameKey, name_kana = :nameKana, domain = :domain, industry = :industry,
                       employee_band = :band, segment = :segment, owner_id = :owner, phone = :phone,
                       prefecture = :prefecture, address = :address, updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """), values), id, version, now);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AccountValues values) {
        return statement
                .param("name", values.name())
                .param("nameKey", values.nameKey())
                .param("nameKana", values.nameKana())
                .param("domain", values.domain())
                .param("industry", name(values.industry()))
                .param("band", name(values.employeeBand()))
                .param("segment", name(values.segment()))
                .param("owner", values.ownerId())
                .param("phone", values.phone())
                .param("prefecture", name(values.prefecture()))
                .param("address", values.address());
    }

    private static Map<String, UnaryOperator<String>> searched() {
        Map<String, UnaryOperator<String>> columns = new LinkedHashMap<>();
        columns.put("lower(a.name) like ? escape '!'", Where::lower);
        columns.put("a.name_key like ? escape '!'", CompanyNames::key);
        columns.put("a.name_kana like ? escape '!'", Texts::katakana);
        columns.put("a.domain like ? escape '!'", Where::lower);
        return columns;
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("name_kana"),
                rs.getString("domain"),
                enumOrNull(Industry.class, rs.getString("industry")),
                enumOrNull(EmployeeBand.class, rs.getString("employee_band")),
                enumOrNull(Segment.class, rs.getString("segment")),
                nullableLong(rs, "owner_id"),
                rs.getString("phone"),
                enumOrNull(Prefecture.class, rs.getString("prefecture")),
                rs.getString("address"),
                rs.getLong("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
