package dev.tasuki.success;

import java.util.List;

/**
 * One input of a health score, explained: what it says, its weight, the value measured (days, a count, a percentage;
 * null without data) and the sentence that explains it, as a message key with its arguments.
 */
public record HealthReason(
        HealthInput input, HealthSignal signal, int weight, Long value, String messageKey, List<Object> arguments) {

    public HealthReason {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
