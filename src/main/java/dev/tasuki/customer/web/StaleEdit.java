package dev.tasuki.customer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What someone else changed since the user opened a form: the field's label key, the user's value, the stored one. */
record StaleEdit(String labelKey, String submitted, String stored) {

    static final class Differences {

        private final List<StaleEdit> edits = new ArrayList<>();

        Differences add(String labelKey, String submitted, String stored) {
            if (!Objects.equals(normal(submitted), normal(stored))) {
                edits.add(new StaleEdit(labelKey, normal(submitted), normal(stored)));
            }
            return this;
        }

        List<StaleEdit> list() {
            return List.copyOf(edits);
        }

        private static String normal(String value) {
            return value == null ? "" : value.strip();
        }
    }
}
