package dev.tasuki.healthcheck.internal;

import java.util.Map;

/**
 * Items whose evidence needs data from modules that are not built yet: customer voice's NPS answers and detractor
 * follow-ups (CX-2). (KPI-2's comes from the KPI engine's targets.) Until a module provides an
 * {@link dev.tasuki.healthcheck.EvidenceSource} for them, they show as not available yet, with no suggestion.
 */
final class AwaitedEvidence {

    static final Map<String, String> REASONS = Map.of("CX-2", "healthcheck.awaited.CX-2");

    private AwaitedEvidence() {}
}
