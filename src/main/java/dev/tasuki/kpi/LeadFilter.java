package dev.tasuki.kpi;

/**
 * Narrows a figure to the leads of one source, campaign, owner or segment (each optional). Deals and movements are
 * narrowed through the lead they came from.
 */
public record LeadFilter(String source, Long campaign, Long owner, String segment) {

    public static final LeadFilter NONE = new LeadFilter(null, null, null, null);

    public boolean isEmpty() {
        return source == null && campaign == null && owner == null && segment == null;
    }
}
