package dev.tasuki.relay;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The longest text each field of a lead may hold, once for every path that writes one: the form and API validation
 * ({@link LeadDetails}), the imports, the website's lead capture and its HTML snippet. The schema's columns have these
 * lengths (a test compares them), so a longer value is refused with a message, never cut or a database error.
 */
public final class LeadFields {

    public static final int NAME = 100;
    public static final int KANA = 100;
    public static final int EMAIL = 254;
    public static final int PHONE = 40;
    public static final int COMPANY = 200;
    public static final int TITLE = 100;

    /** The fields the website's capture form takes, with their limits, in the form's order. */
    public static final Map<String, Integer> CAPTURED = captured();

    private LeadFields() {}

    private static Map<String, Integer> captured() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("familyName", NAME);
        fields.put("givenName", NAME);
        fields.put("email", EMAIL);
        fields.put("phone", PHONE);
        fields.put("companyName", COMPANY);
        fields.put("title", TITLE);
        return java.util.Collections.unmodifiableMap(fields);
    }
}
