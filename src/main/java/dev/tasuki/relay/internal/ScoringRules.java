package dev.tasuki.relay.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.ScoringRule;

@Repository
public class ScoringRules {

    private final JdbcClient jdbc;

    ScoringRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ScoringRule> all() {
        return jdbc.sql("select * from scoring_rule order by kind desc, points desc, id")
                .query(ScoringRules::map)
                .list();
    }

    List<ScoringRule> active(ScoringRule.Kind kind) {
        return jdbc.sql("select * from scoring_rule where active = true and kind = :kind order by id")
                .param("kind", kind.name())
                .query(ScoringRules::map)
                .list();
    }

    public void save(ScoringRule rule) {
        if (rule.id() == 0) {
            jdbc.sql("""
                    insert into scoring_rule (kind, field, match_value, points, label_ja, label_en, active)
                    values (:kind, :field, :value, :points, :ja, :en, :active)
                    """).params(parameters(rule)).update();
        } else {
            jdbc.sql("""
                    update scoring_rule set kind = :kind, field = :field, match_value = :value, points = :points,
                           label_ja = :ja, label_en = :en, active = :active where id = :id
                    """).params(parameters(rule)).param("id", rule.id()).update();
        }
    }

    private static java.util.Map<String, Object> parameters(ScoringRule rule) {
        return java.util.Map.of(
                "kind",
                rule.kind().name(),
                "field",
                rule.field(),
                "value",
                rule.matchValue(),
                "points",
                rule.points(),
                "ja",
                rule.labelJa(),
                "en",
                rule.labelEn(),
                "active",
                rule.active());
    }

    private static ScoringRule map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ScoringRule(
                rs.getLong("id"),
                ScoringRule.Kind.valueOf(rs.getString("kind")),
                rs.getString("field"),
                rs.getString("match_value"),
                rs.getInt("points"),
                rs.getString("label_ja"),
                rs.getString("label_en"),
                rs.getBoolean("active"));
    }
}
