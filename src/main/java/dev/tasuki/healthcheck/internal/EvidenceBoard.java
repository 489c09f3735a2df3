package dev.tasuki.healthcheck.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.EvidenceSource;

/**
 * The evidence beside each item: computed now for an open assessment, and kept as it was at closing (hc_evidence) so a
 * closed result never changes. Sources are every {@link EvidenceSource} bean; awaited items without one show as not
 * available yet.
 */
@Component
public class EvidenceBoard {

    private final Map<String, EvidenceSource> sources = new LinkedHashMap<>();
    private final JdbcClient jdbc;
    private final JsonMapper json;

    EvidenceBoard(List<EvidenceSource> sources, JdbcClient jdbc, JsonMapper json) {
        for (EvidenceSource source : sources) {
            source.itemCodes().forEach(code -> this.sources.put(code, source));
        }
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Evidence by item code, for every item some source or the awaited list speaks to. */
    public Map<String, Evidence> now(LocalDate today) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        AwaitedEvidence.REASONS.forEach((code, reason) -> evidence.put(code, Evidence.notAvailableYet(code, reason)));
        sources.forEach((code, source) -> evidence.put(code, source.evidenceFor(code, today)));
        return evidence;
    }

    public Map<String, Evidence> keptFor(long assessmentId) {
        Map<String, Evidence> evidence = new LinkedHashMap<>();
        jdbc.sql("select item_code, body from hc_evidence where assessment_id = :id order by item_code")
                .param("id", assessmentId)
                .query((rs, row) ->
                        evidence.put(rs.getString("item_code"), json.readValue(rs.getString("body"), Evidence.class)))
                .list();
        return evidence;
    }

    public void keep(long assessmentId, Map<String, Evidence> evidence) {
        evidence.forEach((code, item) -> jdbc.sql(
                        "insert into hc_evidence (assessment_id, item_code, body) values (:id, :code, :body)")
                .param("id", assessmentId)
                .param("code", code)
                .param("body", json.writeValueAsString(item))
                .update());
    }
}
