package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The funnel of a window: six stages in funnel order, and the same per group when a breakdown was asked for. */
public record Funnel(
        LocalDate from,
        LocalDate to,
        FunnelBasis basis,
        List<FunnelStage> stages,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Group> groups) {

    public record Group(String key, List<FunnelStage> stages) {}
}
