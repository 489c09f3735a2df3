package dev.tasuki.relay.web;

import org.springframework.validation.BindingResult;

import dev.tasuki.relay.RelayRuleBroken;

/**
 * Puts a refused relay action on the form it came from: at its field when it names one that the form has, else at the
 * top of the form.
 */
final class RelayForms {

    private RelayForms() {}

    static void reject(BindingResult errors, RelayRuleBroken broken) {
        if (broken.field() != null && errors.getFieldType(broken.field()) != null) {
            errors.rejectValue(broken.field(), broken.messageKey(), broken.arguments(), broken.messageKey());
        } else {
            errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
        }
    }
}
