package dev.tasuki.identity.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.platform.Language;
import dev.tasuki.platform.PersonName;

/**
 * The app_user table. Public only so the module's facades can use it; Modulith keeps other modules out of this package.
 */
@Repository
public class Users {

    private static final String COLUMNS = """
            id, email, password_hash, family_name, given_name, department, role, locale, active, version, created_at
            """;

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredUser(UserAccount account, String passwordHash) {}

    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<StoredUser> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
                .param("email", normalise(email))
                .query(Users::map)
                .optional();
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id")
                .param("id", id)
                .query(Users::map)
                .optional()
                .map(StoredUser::account);
    }

    public String passwordHashOf(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    public List<UserAccount> all() {
        return jdbc
                .sql("select " + COLUMNS
                        + " from app_user order by active desc, department nulls first, role desc,"
                        + " family_name, given_name, id")
                .query(Users::map)
                .list()
                .stream()
                .map(StoredUser::account)
                .toList();
    }

    public List<UserAccount> activeIn(Department department) {
        return jdbc
                .sql("select " + COLUMNS
                        + " from app_user where department = :department and active = true order by role"
                        + " desc, family_name, given_name, id")
                .param("department", department.name())
                .query(Users::map)
                .list()
                .stream()
                .map(StoredUser::account)
                .toList();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public long countActiveAdmins() {
        return jdbc.sql("select count(*) from app_user where role = 'ADMIN' and active = true")
                .query(Long.class)
                .single();
    }

    public boolean emailTaken(String email, long exceptId) {
        return jdbc.sql("select count(*) from app_user where email = :email and id <> :id")
                        .param("email", normalise(email))
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(
            String email, String passwordHash, PersonName name, Department department, Role role, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (email, password_hash, family_name, given_name, department, role, active,
                    version, created_at, updated_at)
                values (:email, :hash, :family, :given, :department, :role, true, 0, :now, :now)
                """)
                .param("email", normalise(email))
                .param("hash", passwordHash)
                .param("family", name.familyName())
                .param("given", name.givenName())
                .param("department", department == null ? null : department.name())
                .param("role", role.name())
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Updates the user if it is still at the given version; false when someone changed it first. */
    public boolean update(
            long id, int version, String email, PersonName name, Department department, Role role, Instant now) {
        return jdbc.sql("""
                update app_user
                   set email = :email, family_name = :family, given_name = :given, department = :department,
                       role = :role, version = version + 1, updated_at = :now
                 where id = :id and version = :version
                """)
                        .param("email", normalise(email))
                        .param("family", name.familyName())
                        .param("given", name.givenName())
                        .param("department", department == null ? null : department.name())
                        .param("role", role.name())
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean setActive(long id, int version, boolean active, Instant now) {
        return jdbc.sql("update app_user set active = :active, version = version + 1, updated_at = :now"
                                + " where id = :id and version = :version")
                        .param("active", active)
                        .param("now", utc(now))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void setLanguage(long id, Language language, Instant now) {
        jdbc.sql("update app_user set locale = :locale, updated_at = :now where id = :id")
                .param("locale", language == null ? null : language.tag())
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    public void setPasswordHash(long id, String passwordHash, Instant now) {
        jdbc.sql("update app_user set password_hash = :hash, updated_at = :now where id = :id")
                .param("hash", passwordHash)
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    private static StoredUser map(ResultSet rs, int row) throws SQLException {
        String department = rs.getString("department");
        UserAccount account = new UserAccount(
                rs.getLong("id"),
                rs.getString("email"),
                new PersonName(rs.getString("family_name"), rs.getString("given_name")),
                department == null ? null : Department.valueOf(department),
                Role.valueOf(rs.getString("role")),
                Language.fromTag(rs.getString("locale")).orElse(null),
                rs.getBoolean("active"),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
        return new StoredUser(account, rs.getString("password_hash"));
    }

    /** Notes that the user signed in or called the API now: the health check counts weekly active users from it. */
    public void markSeen(long id, Instant now) {
        jdbc.sql("update app_user set last_seen_at = :now where id = :id")
                .param("now", utc(now))
                .param("id", id)
                .update();
    }
}
