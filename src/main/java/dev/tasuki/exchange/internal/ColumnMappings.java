package dev.tasuki.exchange.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The headers an admin mapped to a format's fields (or chose to ignore: an empty field), kept per format so the next
 * file of that format is read the same way.
 */
@Repository
public class ColumnMappings {

    private final JdbcClient jdbc;

    ColumnMappings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Header keys (see {@link Column#key}) to fields. */
    public Map<String, String> of(String format) {
        Map<String, String> mapped = new HashMap<>();
        jdbc.sql("select header_key, field from import_column_mapping where format = :format")
                .param("format", format)
                .query((rs, n) -> mapped.put(rs.getString("header_key"), rs.getString("field")))
                .list();
        return mapped;
    }

    @Transactional
    public void save(String format, Map<String, String> headerToField) {
        headerToField.forEach((header, field) -> {
            String key = Column.key(header);
            jdbc.sql("delete from import_column_mapping where format = :format and header_key = :key")
                    .param("format", format)
                    .param("key", key)
                    .update();
            jdbc.sql("insert into import_column_mapping (format, header_key, field) values (:format, :key, :field)")
                    .param("format", format)
                    .param("key", key)
                    .param("field", field)
                    .update();
        });
    }
}
