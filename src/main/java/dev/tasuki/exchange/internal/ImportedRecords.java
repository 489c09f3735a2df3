package dev.tasuki.exchange.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.platform.BatchInsert;

/**
 * Which record here each record of another system became, by its id there, with the fingerprint of the row it was last
 * imported from: the same row again is unchanged, a changed row updates the record.
 */
@Repository
class ImportedRecords {

    /** A record imported before: its id here and the fingerprint of its row. */
    record Known(long recordId, String fingerprint) {}

    /** A record to remember: its id in the other system, its id here and its row's fingerprint. */
    record Link(String externalId, long recordId, String fingerprint) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportedRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The records a batch's rows came from before, by external id (rows without one have none). */
    Map<String, Known> of(String source, String kind, List<? extends Incoming<?>> batch) {
        return find(
                source,
                kind,
                batch.stream()
                        .map(Incoming::externalId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    private Map<String, Known> find(String source, String kind, Collection<String> externalIds) {
        Map<String, Known> known = new HashMap<>();
        if (externalIds.isEmpty()) {
            return known;
        }
        jdbc.sql("""
                select external_id, record_id, fingerprint from import_record
                 where source = :source and kind = :kind and external_id in (:ids)
                """)
                .param("source", source)
                .param("kind", kind)
                .param("ids", externalIds)
                .query((rs, n) -> known.put(
                        rs.getString("external_id"), new Known(rs.getLong("record_id"), rs.getString("fingerprint"))))
                .list();
        return known;
    }

    /** Remembers the links; those already known (by external id) get the new record and fingerprint. */
    void remember(String source, String kind, List<Link> links, Collection<String> alreadyKnown, Instant now) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Link link : links) {
            if (alreadyKnown.contains(link.externalId())) {
                updates.add(
                        new Object[] {link.recordId(), link.fingerprint(), utc(now), source, kind, link.externalId()});
            } else {
                inserts.add(
                        new Object[] {source, kind, link.externalId(), link.recordId(), link.fingerprint(), utc(now)});
            }
        }
        template.batchUpdate("""
                update import_record set record_id = ?, fingerprint = ?, imported_at = ?
                 where source = ? and kind = ? and external_id = ?
                """, updates);
        BatchInsert.rows(
                template, "import_record", "source, kind, external_id, record_id, fingerprint, imported_at", inserts);
    }

    /** The record here of one id in the other system (a deal's company), if it was imported. */
    java.util.Optional<Long> recordOf(String source, String kind, String externalId) {
        return jdbc.sql("select record_id from import_record where source = :source and kind = :kind and"
                        + " external_id = :id")
                .param("source", source)
                .param("kind", kind)
                .param("id", externalId)
                .query(Long.class)
                .optional();
    }
}
