package dev.tasuki.deal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.DealStage;
import dev.tasuki.deal.DealStatus;
import dev.tasuki.deal.DealType;

/** What deal pages show beside the deals: account names and the totals of a list. */
final class DealViews {

    private DealViews() {}

    record Filter(DealStatus status, String stage, Long owner, DealType type) {}

    /** METRICS.md pipelineValue and weightedPipeline over the open deals of the list, and the won amount. */
    record Totals(int count, long pipelineValue, long weightedPipeline, long won) {}

    static Totals totals(List<Deal> deals, List<DealStage> stages) {
        Map<String, Integer> probability = new HashMap<>();
        stages.forEach(stage -> probability.put(stage.code(), stage.probability()));
        long pipeline = 0;
        long weighted = 0;
        long won = 0;
        for (Deal deal : deals) {
            if (deal.open()) {
                pipeline += deal.amount();
                weighted += deal.amount() * probability.getOrDefault(deal.stage(), 0) / 100;
            } else if (deal.status() == DealStatus.WON) {
                won += deal.amount();
            }
        }
        return new Totals(deals.size(), pipeline, weighted, won);
    }

    static Map<Long, String> accountNames(List<Deal> deals, Accounts accounts) {
        Map<Long, String> names = new HashMap<>();
        deals.stream()
                .map(Deal::accountId)
                .distinct()
                .forEach(id -> accounts.find(id).ifPresent(account -> names.put(id, account.name())));
        return names;
    }
}
