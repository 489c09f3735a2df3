package dev.tasuki.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's planner statistics up with one long transaction that writes many rows (an import of a million
 * contacts). The planner sizes a table by what ANALYZE last saw of it, so a table filled in one transaction still looks
 * nearly empty: a batch's lookup by 500 emails then scans the whole table rather than probing its index, and each batch
 * takes longer than the last. ANALYZE inside the writing transaction sees that transaction's own rows, so the tables it
 * has written are analysed again each time its rows double: a dozen times for a million rows. H2 needs none of this.
 * One instance a transaction.
 */
public final class PlannerStatistics {

    private static final long FIRST = 5_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private long next = FIRST;

    public PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    /** The transaction has written this many rows so far (of its file, its batches: a count that grows with them). */
    public void written(long rows) {
        if (!postgres || rows < next) {
            return;
        }
        next = 2 * rows;
        // the tables this transaction has written to, by the statistics it keeps of itself
        List<String> tables = jdbc.queryForList("""
                select quote_ident(schemaname) || '.' || quote_ident(relname) from pg_stat_xact_user_tables
                 where n_tup_ins + n_tup_upd + n_tup_del > 0
                """, String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("analyze " + String.join(", ", tables));
        }
    }
}
