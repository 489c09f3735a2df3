package dev.tasuki.exchange.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A field a format reads, and the headers other systems give it: English and Japanese labels of their exports and the
 * API names of Salesforce's Data Loader. Headers are compared by {@link #key}: width, case, spaces, underscores and
 * hyphens do not matter, so "First Name", "FirstName" and "first_name" are one header.
 */
public record Column(String field, boolean required, List<String> headers) {

    static Column required(String field, String... headers) {
        return new Column(field, true, List.of(headers));
    }

    static Column optional(String field, String... headers) {
        return new Column(field, false, List.of(headers));
    }

    static String key(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-・:：]+", "");
    }
}
