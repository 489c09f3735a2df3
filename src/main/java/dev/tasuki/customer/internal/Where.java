package dev.tasuki.customer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.tasuki.platform.Page;
import dev.tasuki.platform.PageQuery;

/**
 * The where clause of a search, built from fixed SQL fragments that the caller writes; every value the user gave
 * travels as a named parameter, never inside the SQL text.
 */
final class Where {

    private static final int MAX_TERMS = 6;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds "condition" (which names :param) when the value is given. */
    Where equal(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /**
     * Every word of the query must be found in one of the columns. A column is written as a template with "?" where the
     * parameter goes, e.g. "lower(a.name) like ? escape '!'", and paired with how the word is prepared for it (lower
     * case, katakana, ...).
     */
    Where words(String query, Map<String, UnaryOperator<String>> columns) {
        if (query == null || query.isBlank()) {
            return this;
        }
        String[] words = Arrays.stream(Texts.nfkc(query).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .limit(MAX_TERMS)
                .toArray(String[]::new);
        for (int w = 0; w < words.length; w++) {
            List<String> anyColumn = new ArrayList<>();
            int c = 0;
            for (Map.Entry<String, UnaryOperator<String>> column : columns.entrySet()) {
                String prepared = column.getValue().apply(words[w]);
                if (prepared == null || prepared.isEmpty()) {
                    continue; // "株式会社" has no company-name key: that column cannot tell rows apart
                }
                String param = "w" + w + "c" + c++;
                anyColumn.add(column.getKey().replace("?", ":" + param));
                params.put(param, "%" + escapeLike(prepared) + "%");
            }
            if (!anyColumn.isEmpty()) {
                conditions.add("(" + String.join(" or ", anyColumn) + ")");
            }
        }
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The page of the rows that match: {@code from} is the tables, {@code select} the columns and tables. */
    <T> Page<T> page(JdbcClient jdbc, String from, String select, String order, int page, int size, RowMapper<T> rows) {
        return PageQuery.run(jdbc, "select count(*) " + from + sql(), select + sql() + order, params, page, size, rows);
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
