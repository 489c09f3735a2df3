package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Customer Success' figures from MRR movements (METRICS.md, "Revenue"). Yen amounts whole (ltv, cac rounded half up);
 * ratios unrounded. A figure METRICS.md leaves undefined is null, with a note saying why.
 */
public record RevenueFigures(
        LocalDate from,
        LocalDate to,
        long mrrStart,
        long mrrEnd,
        long newMrr,
        long expansionMrr,
        long contractionMrr,
        long churnedMrr,
        long reactivationMrr,
        Double nrr,
        Double grossRevenueChurn,
        Double logoChurn,
        Long arpa,
        Double monthlyRevenueChurn,
        Long ltv,
        Long cac,
        Double ltvToCac,
        Double cacPaybackMonths,
        long customersStart,
        long customersEnd,
        long newCustomers,
        long churnedCustomers,
        List<Note> notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Group> groups) {

    public record Note(String field, String reason) {}

    public record Group(String key, RevenueFigures figures) {}

    RevenueFigures withGroups(List<Group> groups) {
        return new RevenueFigures(
                from,
                to,
                mrrStart,
                mrrEnd,
                newMrr,
                expansionMrr,
                contractionMrr,
                churnedMrr,
                reactivationMrr,
                nrr,
                grossRevenueChurn,
                logoChurn,
                arpa,
                monthlyRevenueChurn,
                ltv,
                cac,
                ltvToCac,
                cacPaybackMonths,
                customersStart,
                customersEnd,
                newCustomers,
                churnedCustomers,
                notes,
                groups);
    }
}
