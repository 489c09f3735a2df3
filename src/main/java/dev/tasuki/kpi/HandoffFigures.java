package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.tasuki.relay.HandoffKind;

/**
 * The handoffs created in a window, per kind (METRICS.md, "Handoffs"), and the median speed to lead of its MQL handoffs
 * in minutes. Per group too when a breakdown by source, campaign or sender was asked for.
 */
public record HandoffFigures(
        LocalDate from,
        LocalDate to,
        List<Kind> kinds,
        Double speedToLeadMinutes,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Group> groups) {

    /**
     * @param slaMetRate handoffs answered within their SLA over those whose SLA is decided (answered, or pending past
     *     their due time)
     * @param medianResponseHours median hours from sending to answer, of the answered ones (2 decimals)
     */
    public record Kind(
            HandoffKind kind,
            long created,
            long accepted,
            long rejected,
            long pending,
            Double acceptanceRate,
            Double slaMetRate,
            Double medianResponseHours,
            List<ReasonCount> rejectionReasons) {}

    public record ReasonCount(String reasonCode, long count) {}

    public record Group(String key, List<Kind> kinds, Double speedToLeadMinutes) {}
}
