package dev.tasuki.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.IntegrationTest;

/**
 * The tasuki format covers the database on purpose: a migration that creates a table fails here until the table is
 * exported or listed as left out, with the reason.
 */
@IntegrationTest
class ArchiveTablesTests {

    @Autowired
    TableRows rows;

    @Test
    void everyTableIsExportedOrLeftOutOnPurpose() {
        assertThat(rows.tables())
                .as("tables neither in ArchiveTables.TABLES nor in LEFT_OUT")
                .containsExactlyInAnyOrderElementsOf(ArchiveTables.owners().keySet());
    }

    @Test
    void everyExportedTableHasAPrimaryKeyAndColumnsOfKnownTypes() {
        ArchiveTables.TABLES.forEach(table ->
                assertThat(rows.shape(table.name()).key()).as(table.name()).isNotEmpty());
    }
}
