package dev.tasuki.exchange.internal;

/**
 * Text for a spreadsheet cell that a spreadsheet will not run: a value starting with =, +, -, @, a tab or a carriage
 * return is a formula to Excel (CWE-1236, CSV injection), so it gets a leading apostrophe, which Excel shows as text.
 */
public final class Cells {

    private Cells() {}

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
