package dev.tasuki.healthcheck.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How often the health check should run, in months (default quarterly, admin-editable): the reminder's interval. */
@Repository
public class CheckInterval {

    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 24;

    public record Setting(int months, int version) {}

    private final JdbcClient jdbc;

    CheckInterval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Setting current() {
        return jdbc.sql("select interval_months, version from hc_setting where id = 1")
                .query((rs, row) -> new Setting(rs.getInt("interval_months"), rs.getInt("version")))
                .single();
    }

    /** Saves the interval if the setting is still at the version read. */
    public boolean save(int months, int version) {
        return jdbc.sql("update hc_setting set interval_months = :months, version = version + 1 where id"
                                + " = 1 and version = :version")
                        .param("months", months)
                        .param("version", version)
                        .update()
                == 1;
    }
}
