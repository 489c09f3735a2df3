package dev.tasuki.deal.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealReason;
import dev.tasuki.deal.DealRuleBroken;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.PastDeal;
import dev.tasuki.platform.BatchInsert;

/**
 * Past deals and their stage entries: batch inserts, one round trip per batch rather than per row, and the update of a
 * deal a newer export brings again. Each deal is checked against the pipeline's stages and reasons first, so that a bad
 * one fails the batch before anything is written.
 */
@Component
public class DealBulkWriter {

    private final JdbcTemplate jdbc;
    private final DealCatalog catalog;
    private final DealTable table;
    private final DealStageEntries stageEntries;

    DealBulkWriter(JdbcTemplate jdbc, DealCatalog catalog, DealTable table, DealStageEntries stageEntries) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.table = table;
        this.stageEntries = stageEntries;
    }

    public List<Long> write(List<PastDeal> deals) {
        Map<String, DealStage> stages = stages();
        Map<DealStatus, List<String>> reasons = reasons();
        List<DealStatus> statuses =
                deals.stream().map(deal -> status(deal, stages, reasons)).toList();
        List<Long> ids = insertDeals(deals, statuses);
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            PastDeal deal = deals.get(i);
            String from = null;
            for (PastDeal.Move move : deal.moves()) {
                entries.add(
                        new Object[] {ids.get(i), deal.accountId(), from, move.stage(), utc(move.at()), move.byUserId()
                        });
                from = move.stage();
            }
        }
        BatchInsert.rows(
                jdbc, "deal_stage_entry", "deal_id, account_id, from_stage, to_stage, entered_at, by_user_id", entries);
        return ids;
    }

    /**
     * The deal takes the fields an export has, and its last stage: a stage entry when that is another than the deal's,
     * at now while it is open, at its closing when it closed. Reasons, contract start and who made it stay as they are.
     */
    public void rewrite(long id, PastDeal deal, Instant now) {
        DealStatus status = status(deal, stages(), reasons());
        Deal current = table.find(id).orElseThrow(() -> DealRuleBroken.notFound(id));
        String stage = deal.last().stage();
        boolean moved = !stage.equals(current.stage());
        boolean closed = status != DealStatus.OPEN;
        Instant entered = moved ? (closed ? deal.last().at() : now) : current.stageEnteredAt();
        jdbc.update(
                """
                update deal set account_id = ?, name = ?, type = ?, amount = ?, mrr = ?, expected_close_on = ?,
                    owner_id = ?,
                       stage = ?, stage_entered_at = ?, status = ?, closed_at = ?, updated_at = ?, version = version + 1
                 where id = ?
                """,
                deal.accountId(),
                deal.name().strip(),
                deal.type().name(),
                deal.amount(),
                deal.mrr(),
                deal.expectedCloseOn(),
                deal.ownerId(),
                stage,
                utc(entered),
                status.name(),
                closed ? utc(deal.last().at()) : null,
                utc(now),
                id);
        if (moved) {
            stageEntries.append(id, deal.accountId(), current.stage(), stage, entered, null);
        }
    }

    private Map<String, DealStage> stages() {
        return catalog.stages().stream().collect(Collectors.toMap(DealStage::code, Function.identity()));
    }

    private Map<DealStatus, List<String>> reasons() {
        Map<DealStatus, List<String>> reasons = new EnumMap<>(DealStatus.class);
        for (DealStatus outcome : List.of(DealStatus.WON, DealStatus.LOST)) {
            reasons.put(
                    outcome,
                    catalog.reasons(outcome).stream().map(DealReason::code).toList());
        }
        return reasons;
    }

    /**
     * The deal's status by its last stage; its moves are known stages in time order. An open deal has no close reason;
     * a closed one has a reason of its outcome with a comment, or neither (another CRM's export does not say why).
     */
    private static DealStatus status(
            PastDeal deal, Map<String, DealStage> stages, Map<DealStatus, List<String>> reasons) {
        for (int i = 0; i < deal.moves().size(); i++) {
            PastDeal.Move move = deal.moves().get(i);
            DealStage stage = stages.get(move.stage());
            if (stage == null) {
                throw new IllegalArgumentException("no such stage: " + move.stage());
            }
            if (i > 0
                    && (move.at().isBefore(deal.moves().get(i - 1).at())
                            || !stages.get(deal.moves().get(i - 1).stage()).open())) {
                throw new IllegalArgumentException("stages go forward in time and end at a close: " + deal.moves());
            }
        }
        DealStatus status = stages.get(deal.last().stage()).outcome();
        boolean reasonFits = deal.closeReason() == null
                ? deal.closeComment() == null
                : status != DealStatus.OPEN
                        && reasons.get(status).contains(deal.closeReason())
                        && deal.closeComment() != null
                        && !deal.closeComment().isBlank();
        if (!reasonFits) {
            throw new IllegalArgumentException(
                    "a closed deal has a reason of its outcome and a comment, or neither; an open one none: " + deal);
        }
        return status;
    }

    private List<Long> insertDeals(List<PastDeal> deals, List<DealStatus> statuses) {
        List<Object[]> rows = new ArrayList<>(deals.size());
        for (int i = 0; i < deals.size(); i++) {
            PastDeal deal = deals.get(i);
            DealStatus status = statuses.get(i);
            boolean closed = status != DealStatus.OPEN;
            rows.add(new Object[] {
                deal.accountId(),
                deal.leadId(),
                deal.name().strip(),
                deal.type().name(),
                deal.amount(),
                deal.mrr(),
                deal.term().name(),
                deal.expectedCloseOn(),
                deal.ownerId(),
                deal.department().name(),
                deal.last().stage(),
                utc(deal.last().at()),
                status.name(),
                closed ? utc(deal.last().at()) : null,
                status == DealStatus.WON ? deal.contractStart() : null,
                deal.closeReason(),
                deal.closeComment() == null ? null : deal.closeComment().strip(),
                utc(deal.createdAt()),
                deal.createdBy(),
                // one version per change: the opening, then each move (a close included)
                utc(deal.last().at()),
                deal.moves().size() - 1
            });
        }
        return BatchInsert.returningIds(
                jdbc,
                "deal",
                "account_id, lead_id, name, type, amount, mrr, term, expected_close_on,"
                        + " owner_id, department, stage, stage_entered_at, status, closed_at, contract_start,"
                        + " close_reason, close_comment,"
                        + " created_at, created_by, updated_at, version",
                rows);
    }
}
