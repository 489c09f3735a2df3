package dev.tasuki.success.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.success.HealthSetting;

/** The health_setting table: the inputs' weights and thresholds, and the colour bands (SCORE). */
@Repository
public class HealthSettings {

    private final JdbcClient jdbc;

    HealthSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<HealthSetting> all() {
        return jdbc.sql("select code, weight, good_at, bad_at, sort_order from health_setting order by"
                        + " sort_order, code")
                .query((rs, row) -> new HealthSetting(
                        rs.getString("code"),
                        rs.getInt("weight"),
                        rs.getInt("good_at"),
                        rs.getInt("bad_at"),
                        rs.getInt("sort_order")))
                .list();
    }

    public Map<String, HealthSetting> byCode() {
        Map<String, HealthSetting> byCode = new LinkedHashMap<>();
        all().forEach(setting -> byCode.put(setting.code(), setting));
        return byCode;
    }

    /** Changes one setting; false when there is no such code. */
    public boolean save(String code, int weight, int goodAt, int badAt) {
        return jdbc.sql("update health_setting set weight = :weight, good_at = :good, bad_at = :bad where code = :code")
                        .param("weight", weight)
                        .param("good", goodAt)
                        .param("bad", badAt)
                        .param("code", code)
                        .update()
                == 1;
    }
}
