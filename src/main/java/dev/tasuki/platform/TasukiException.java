package dev.tasuki.platform;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A domain failure the user can understand. Each carries a message key (resolved in the user's language where it is
 * shown) and a kind, which the web layers map once: pages show the message, the API answers problem JSON with 403, 404,
 * 409 or 422. FORBIDDEN is for a rule about who may change a record (the record's owner, say), decided by the module
 * that owns it.
 */
public class TasukiException extends RuntimeException {

    public enum Kind {
        NOT_FOUND,
        CONFLICT,
        RULE_BROKEN,
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    protected TasukiException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /**
     * Extra members of the API's problem JSON that let a client act on the failure without parsing the message (the
     * field at fault, say). None by default.
     */
    public java.util.Map<String, Object> problemProperties() {
        return java.util.Map.of();
    }

    /** An argument shown as the label behind a message key (a stage, a department) in the reader's language. */
    protected static MessageSourceResolvable label(String messageKey) {
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, messageKey);
    }
}
