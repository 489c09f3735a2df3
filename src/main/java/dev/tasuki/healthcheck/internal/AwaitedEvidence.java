package dev.tasuki.healthcheck.internal;

import java.util.Map;

/**
 * Items whose evidence needs data from modules that are not built yet: the KPI engine's monthly targets for the four
 * departments (KPI-2: targets exist for all four this month and each one's input equals the previous one's output) and
 * customer voice's NPS answers and detractor follow-ups (CX-2). Until a module provides an
 * {@link dev.tasuki.healthcheck.EvidenceSource} for them, they show as not available yet, with no suggestion.
 */
final class AwaitedEvidence {

    static final Map<String, String> REASONS = Map.of(
            "KPI-2", "healthcheck.awaited.KPI-2",
            "CX-2", "healthcheck.awaited.CX-2");

    private AwaitedEvidence() {
    }
}
