package dev.tasuki.customer.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import dev.tasuki.customer.CustomerRuleBroken;
import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Prefecture;
import dev.tasuki.customer.Segment;
import dev.tasuki.identity.UserAccount;

/** Values as the forms' difference tables show them, in the user's language; and refusals put on the form. */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String of(Object value) {
        String key = value instanceof Industry i
                ? i.messageKey()
                : value instanceof EmployeeBand b
                        ? b.messageKey()
                        : value instanceof Segment s
                                ? s.messageKey()
                                : value instanceof Prefecture p ? p.messageKey() : null;
        if (key != null) {
            return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
        }
        return value == null ? "" : value.toString();
    }

    String owner(Long ownerId, Map<Long, UserAccount> people) {
        if (ownerId == null) {
            return messages.getMessage("identity.owner.none", null, LocaleContextHolder.getLocale());
        }
        UserAccount owner = people.get(ownerId);
        return owner == null ? String.valueOf(ownerId) : owner.name().display();
    }

    /**
     * Puts a refusal on the form at its field (the whole form when it has none). A refusal of the whole edit is not
     * something the form can fix: it goes on to the error page (403).
     */
    static void reject(BindingResult errors, CustomerRuleBroken broken) {
        if (broken.kind() == CustomerRuleBroken.Kind.FORBIDDEN && broken.field() == null) {
            throw broken;
        }
        if (broken.field() == null) {
            errors.reject(broken.messageKey(), broken.arguments(), broken.messageKey());
        } else {
            errors.rejectValue(broken.field(), broken.messageKey(), broken.arguments(), broken.messageKey());
        }
    }
}
