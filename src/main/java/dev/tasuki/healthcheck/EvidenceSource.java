package dev.tasuki.healthcheck;

import java.time.LocalDate;
import java.util.Set;

/**
 * A source of evidence for items of the sheet. The health check's own rules implement it; a module that owns other data
 * (the KPI engine's targets for KPI-2, customer voice's NPS for CX-2) contributes a bean of its own, which then
 * replaces the "not available yet" placeholder of those items.
 */
public interface EvidenceSource {

    /** The codes of the items (such as "KPI-2") this source speaks to. */
    Set<String> itemCodes();

    /** The evidence for one of {@link #itemCodes()} as of today, in the organisation's time zone. */
    Evidence evidenceFor(String itemCode, LocalDate today);
}
