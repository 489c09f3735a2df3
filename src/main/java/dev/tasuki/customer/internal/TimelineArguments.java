package dev.tasuki.customer.internal;

import java.util.ArrayList;
import java.util.List;

/** Message arguments in one column: joined by '|', with '|' and '\' inside an argument escaped by '\'. */
public final class TimelineArguments {

    public static final int MAX_LENGTH = 1000;

    private TimelineArguments() {}

    public static String join(List<String> arguments) {
        if (arguments.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                joined.append('|');
            }
            String argument = arguments.get(i) == null ? "" : arguments.get(i);
            joined.append(argument.replace("\\", "\\\\").replace("|", "\\|"));
        }
        if (joined.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("timeline arguments longer than " + MAX_LENGTH + " characters");
        }
        return joined.toString();
    }

    public static List<String> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '\\' && i + 1 < joined.length()) {
                current.append(joined.charAt(++i));
            } else if (c == '|') {
                arguments.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        arguments.add(current.toString());
        return List.copyOf(arguments);
    }
}
