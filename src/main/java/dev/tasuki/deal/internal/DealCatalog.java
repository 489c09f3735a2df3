package dev.tasuki.deal.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.deal.DealReason;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealStatus;

/** The admin-editable lists of the pipeline: its stages with their probabilities, and the win and loss reasons. */
@Repository
public class DealCatalog {

    private final JdbcClient jdbc;

    DealCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DealStage> stages() {
        return jdbc.sql("select * from deal_stage where active = true order by sort_order")
                .query((rs, row) -> new DealStage(
                        rs.getString("code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getInt("probability"),
                        DealStatus.valueOf(rs.getString("outcome")),
                        rs.getInt("sort_order"),
                        rs.getBoolean("active")))
                .list();
    }

    public Optional<DealStage> stage(String code) {
        return stages().stream().filter(stage -> stage.code().equals(code)).findFirst();
    }

    public DealStage closing(DealStatus outcome) {
        return stages().stream()
                .filter(stage -> stage.outcome() == outcome)
                .findFirst()
                .orElseThrow();
    }

    public List<DealReason> reasons(DealStatus outcome) {
        return jdbc.sql("select * from deal_reason where active = true and outcome = :outcome order by sort_order")
                .param("outcome", outcome.name())
                .query((rs, row) -> new DealReason(
                        rs.getString("code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        DealStatus.valueOf(rs.getString("outcome")),
                        rs.getInt("sort_order"),
                        rs.getBoolean("active")))
                .list();
    }
}
