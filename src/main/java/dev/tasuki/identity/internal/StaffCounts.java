package dev.tasuki.identity.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Staffing;

/** Counts of the active users by department, and of those seen since a time. Public for the module's facade. */
@Repository
public class StaffCounts {

    private final JdbcClient jdbc;

    StaffCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Staffing since(Instant since) {
        Map<Department, Staffing.Team> departments = new EnumMap<>(Department.class);
        for (Department department : Department.values()) {
            departments.put(department, new Staffing.Team(0, 0, 0));
        }
        jdbc.sql("""
                select department, count(*) as people, sum(case when role = 'MANAGER' then 1 else 0 end) as managers,
                       sum(case when last_seen_at >= :since then 1 else 0 end) as seen
                  from app_user where active = true and department is not null group by department
                """)
                .param("since", utc(since))
                .query((rs, row) -> departments.put(
                        Department.valueOf(rs.getString("department")),
                        new Staffing.Team(rs.getLong("people"), rs.getLong("managers"), rs.getLong("seen"))))
                .list();
        Staffing.Team everyone = jdbc.sql("""
                select count(*) as people, sum(case when role = 'MANAGER' then 1 else 0 end) as managers,
                       sum(case when last_seen_at >= :since then 1 else 0 end) as seen
                  from app_user where active = true
                """)
                .param("since", utc(since))
                .query((rs, row) -> new Staffing.Team(rs.getLong("people"), rs.getLong("managers"), rs.getLong("seen")))
                .single();
        return new Staffing(everyone, departments);
    }
}
