package dev.tasuki.platform;

/**
 * Text for a spreadsheet cell that a spreadsheet will not run. A value starting with =, +, -, @, a tab or a carriage
 * return is a formula to Excel (CWE-1236, CSV injection), so it gets a leading apostrophe, which Excel shows as text.
 * Every CSV and Excel file Tasuki writes for people passes its text through here; numbers stay numbers.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {}

    /** The text as a cell shows it without running it; null is empty. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** A value for a cell: null stays null (an empty cell), a number stays a number, anything else is guarded text. */
    public static Object cell(Object value) {
        return value == null || value instanceof Number ? value : neutralise(value.toString());
    }
}
