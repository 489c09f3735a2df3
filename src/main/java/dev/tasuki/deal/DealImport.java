package dev.tasuki.deal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.deal.internal.DealCatalog;
import dev.tasuki.deal.internal.DealTable;

/**
 * Deals from another CRM's export, written in batches for the exchange module's imports. No events are published:
 * a deal won years ago in the other system is history, not a win to hand to Customer Success or to set MRR from.
 * A new deal gets one stage entry at its creation, and a closed one a second at its closing.
 */
@Service
@Transactional
public class DealImport {

    private final JdbcTemplate jdbc;
    private final DealCatalog catalog;
    private final DealTable table;

    DealImport(JdbcTemplate jdbc, DealCatalog catalog, DealTable table) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.table = table;
    }

    /** Returns the new deals' ids, in the order given. */
    public List<Long> importDeals(List<ImportedDeal> deals) {
        Map<String, DealStage> stages = stagesByCode();
        String first = catalog.stages().stream().filter(DealStage::open).findFirst().orElseThrow().code();
        List<Long> ids = new ArrayList<>(deals.size());
        jdbc.execute((java.sql.Connection connection) -> {
            try (var insert = connection.prepareStatement("""
                    insert into deal (account_id, name, type, amount, mrr, term, expected_close_on, owner_id, department, stage,
                                      stage_entered_at, status, closed_at, created_at, created_by, updated_at, version)
                    values (?, ?, ?, ?, 0, 'ANNUAL', ?, ?, 'FIELD_SALES', ?, ?, ?, ?, ?, ?, ?, 0)
                    """, Statement.RETURN_GENERATED_KEYS)) {
                for (ImportedDeal deal : deals) {
                    DealStage stage = stages.get(deal.stage());
                    Instant entered = stage.open() ? deal.createdAt() : closedAt(deal);
                    insert.setLong(1, deal.accountId());
                    insert.setString(2, deal.name());
                    insert.setString(3, deal.type().name());
                    insert.setLong(4, deal.amount());
                    insert.setObject(5, deal.expectedCloseOn());
                    insert.setObject(6, deal.ownerId());
                    insert.setString(7, stage.code());
                    insert.setObject(8, utc(entered));
                    insert.setString(9, stage.outcome().name());
                    insert.setObject(10, stage.open() ? null : utc(entered));
                    insert.setObject(11, utc(deal.createdAt()));
                    insert.setLong(12, deal.createdBy());
                    insert.setObject(13, utc(entered));
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return null;
        });
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            ImportedDeal deal = deals.get(i);
            DealStage stage = stages.get(deal.stage());
            entries.add(new Object[] {ids.get(i), deal.accountId(), null, stage.open() ? stage.code() : first, utc(deal.createdAt())});
            if (!stage.open()) {
                entries.add(new Object[] {ids.get(i), deal.accountId(), first, stage.code(), utc(closedAt(deal))});
            }
        }
        jdbc.batchUpdate("""
                insert into deal_stage_entry (deal_id, account_id, from_stage, to_stage, entered_at, by_user_id)
                values (?, ?, ?, ?, ?, null)
                """, entries);
        return ids;
    }

    /** A deal imported before, as a newer export has it: its fields, and its stage with an entry when that moved. */
    public void updateImported(long id, ImportedDeal deal, Instant now) {
        Deal current = table.find(id).orElseThrow(() -> DealRuleBroken.notFound(id));
        DealStage stage = stagesByCode().get(deal.stage());
        boolean moved = !stage.code().equals(current.stage());
        Instant entered = moved ? (stage.open() ? now : closedAt(deal)) : current.stageEnteredAt();
        jdbc.update("""
                update deal set account_id = ?, name = ?, type = ?, amount = ?, expected_close_on = ?, owner_id = ?, stage = ?,
                       stage_entered_at = ?, status = ?, closed_at = ?, updated_at = ?, version = version + 1
                 where id = ?
                """, deal.accountId(), deal.name(), deal.type().name(), deal.amount(), deal.expectedCloseOn(), deal.ownerId(),
                stage.code(), utc(entered), stage.outcome().name(), stage.open() ? null : utc(closedAt(deal)), utc(now), id);
        if (moved) {
            jdbc.update("""
                    insert into deal_stage_entry (deal_id, account_id, from_stage, to_stage, entered_at, by_user_id)
                    values (?, ?, ?, ?, ?, null)
                    """, id, deal.accountId(), current.stage(), stage.code(), utc(entered));
        }
    }

    private Map<String, DealStage> stagesByCode() {
        return catalog.stages().stream().collect(Collectors.toMap(DealStage::code, Function.identity()));
    }

    /** A closed deal without a closing time closed when it was expected to, else when it was created. */
    private static Instant closedAt(ImportedDeal deal) {
        return deal.closedAt() != null ? deal.closedAt() : deal.createdAt();
    }
}
