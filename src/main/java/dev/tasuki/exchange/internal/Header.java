package dev.tasuki.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header line of a file matched to a format's fields: by the format's known headers first, then by the mappings an
 * admin saved for that format. Headers that match nothing are listed, for the mapping screen.
 */
final class Header {

    private final Map<String, Integer> positions;
    private final Map<String, String> texts;
    private final List<String> unknown;
    private final List<Column> missing;

    private Header(
            Map<String, Integer> positions, Map<String, String> texts, List<String> unknown, List<Column> missing) {
        this.positions = positions;
        this.texts = texts;
        this.unknown = unknown;
        this.missing = missing;
    }

    /** @param mapped header keys an admin mapped to fields, for this format */
    static Header match(List<String> headers, List<Column> columns, Map<String, String> mapped) {
        Map<String, String> fieldOfKey = new HashMap<>();
        columns.forEach(column -> column.headers().forEach(text -> fieldOfKey.put(Column.key(text), column.field())));
        fieldOfKey.putAll(mapped);
        Map<String, Integer> positions = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String text = headers.get(i).strip();
            String field = fieldOfKey.get(Column.key(text));
            if (field == null || field.isEmpty()) {
                if (!text.isEmpty() && field == null) {
                    unknown.add(text);
                }
            } else if (positions.putIfAbsent(field, i) == null) {
                texts.put(field, text);
            }
        }
        List<Column> missing = columns.stream()
                .filter(column -> column.required() && !positions.containsKey(column.field()))
                .toList();
        return new Header(positions, texts, unknown, missing);
    }

    Integer position(String field) {
        return positions.get(field);
    }

    /** The header as the file writes it, for error reports; the field's name when the file has no such column. */
    String text(String field) {
        return texts.getOrDefault(field, field);
    }

    boolean has(String field) {
        return positions.containsKey(field);
    }

    List<String> unknown() {
        return unknown;
    }

    List<Column> missing() {
        return missing;
    }

    int size() {
        return positions.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    }
}
