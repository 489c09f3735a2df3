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

import dev.tasuki.customer.Contact;
import dev.tasuki.customer.ContactSearch;
import dev.tasuki.platform.Page;
import dev.tasuki.platform.PersonName;

/** The contact table, read with the name of the contact's account. */
@Repository
public class ContactRows {

    private static final String SELECT = """
            select c.id, c.account_id, a.name as account_name, c.family_name, c.given_name, c.family_name_kana,
                   c.given_name_kana, c.email, c.phone, c.title, c.department_name, c.owner_id, c.created_by,
                   c.created_at, c.updated_at, c.version
              from contact c left join account a on a.id = c.account_id
            """;

    private static final Map<String, String> SORTS =
            Map.of("name", "c.family_name", "createdAt", "c.created_at", "updatedAt", "c.updated_at");

    private static final Map<String, UnaryOperator<String>> SEARCHED = searched();

    private final JdbcClient jdbc;

    ContactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Contact> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id")
                .param("id", id)
                .query(ContactRows::map)
                .optional();
    }

    public Optional<Contact> findByEmail(String email) {
        return jdbc.sql(SELECT + " where c.email = :email")
                .param("email", email)
                .query(ContactRows::map)
                .optional();
    }

    public Page<Contact> search(ContactSearch search) {
        Where where = new Where()
                .words(search.q(), SEARCHED)
                .equal("c.account_id = :account", "account", search.accountId())
                .equal("c.owner_id = :owner", "owner", search.ownerId());
        return where.page(
                jdbc,
                "from contact c",
                SELECT,
                SortOrder.of(search.sort(), SORTS, "name", "c.id"),
                search.page(),
                search.size(),
                ContactRows::map);
    }

    public long insert(ContactValues values, long createdBy, Instant now) {
        return RecordWrites.insert(bind(jdbc.sql("""
                insert into contact (account_id, family_name, given_name, family_name_kana, given_name_kana, email,
                    phone,
                                     title, department_name, owner_id, created_by, created_at, updated_at, version)
                values (:account, :family, :given, :familyKana, :givenKana, :email, :phone,
                        :title, :department, :owner, :createdBy, :now, :now, 0)
                """), values), createdBy, now);
    }

    public boolean update(long id, int version, ContactValues values, Instant now) {
        return RecordWrites.update(bind(jdbc.sql("""
                update contact
                   set account_id = :account, family_name = :family, given_name = :given, family_name_kana =
                       :familyKana,
                       given_name_kana = :givenKana, email = :email, phone = :phone, title = :title,
                       department_name = :department, owner_id = :owner, updated_at = :now, version = version + 1
                 where id = :id and version = :version
                """), values), id, version, now);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ContactValues values) {
        return statement
                .param("account", values.accountId())
                .param("family", values.familyName())
                .param("given", values.givenName())
                .param("familyKana", values.familyNameKana())
                .param("givenKana", values.givenNameKana())
                .param("email", values.email())
                .param("phone", values.phone())
                .param("title", values.title())
                .param("department", values.departmentName())
                .param("owner", values.ownerId());
    }

    private static Map<String, UnaryOperator<String>> searched() {
        Map<String, UnaryOperator<String>> columns = new LinkedHashMap<>();
        columns.put("lower(c.family_name) like ? escape '!'", Where::lower);
        columns.put("lower(c.given_name) like ? escape '!'", Where::lower);
        columns.put("lower(concat(c.family_name, c.given_name)) like ? escape '!'", Where::lower);
        columns.put("c.family_name_kana like ? escape '!'", Texts::katakana);
        columns.put("c.given_name_kana like ? escape '!'", Texts::katakana);
        columns.put("c.email like ? escape '!'", Where::lower);
        return columns;
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(
                rs.getLong("id"),
                nullableLong(rs, "account_id"),
                rs.getString("account_name"),
                new PersonName(rs.getString("family_name"), rs.getString("given_name")),
                new PersonName(rs.getString("family_name_kana"), rs.getString("given_name_kana")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("title"),
                rs.getString("department_name"),
                nullableLong(rs, "owner_id"),
                rs.getLong("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
