package dev.tasuki.kpi;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Field Sales' figures (METRICS.md, "Deals") of the deals closed in a window, and the open pipeline now.
 * averageDealSize and weightedPipeline in whole yen (rounded half up); salesCycleDays with 2 decimals.
 */
public record DealFigures(
        LocalDate from,
        LocalDate to,
        long won,
        long lost,
        long wonAmount,
        Double winRate,
        Long averageDealSize,
        Double salesCycleDays,
        long pipelineValue,
        long weightedPipeline,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Group> groups) {

    public record Group(
            String key,
            long won,
            long lost,
            long wonAmount,
            Double winRate,
            Long averageDealSize,
            Double salesCycleDays,
            long pipelineValue,
            long weightedPipeline) {}
}
