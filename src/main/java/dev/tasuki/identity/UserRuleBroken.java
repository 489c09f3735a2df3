package dev.tasuki.identity;

import dev.tasuki.platform.TasukiException;

/**
 * A change to a user that would break a rule of the organisation: a taken email, a member without a department, an
 * admin removing the last active admin, or an edit of a version someone else changed. The field names the form field
 * the message belongs to.
 */
public final class UserRuleBroken extends TasukiException {

    private final String field;

    private UserRuleBroken(Kind kind, String field, String messageKey) {
        super(kind, messageKey);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static UserRuleBroken emailTaken() {
        return new UserRuleBroken(Kind.CONFLICT, "email", "user.emailTaken");
    }

    public static UserRuleBroken departmentRequired() {
        return new UserRuleBroken(Kind.RULE_BROKEN, "department", "user.departmentRequired");
    }

    public static UserRuleBroken departmentNotAllowed() {
        return new UserRuleBroken(Kind.RULE_BROKEN, "department", "user.departmentNotAllowed");
    }

    public static UserRuleBroken lastAdmin() {
        return new UserRuleBroken(Kind.RULE_BROKEN, "role", "user.lastAdmin");
    }

    public static UserRuleBroken notOnYourself() {
        return new UserRuleBroken(Kind.RULE_BROKEN, "active", "user.notOnYourself");
    }

    public static UserRuleBroken staleVersion() {
        return new UserRuleBroken(Kind.CONFLICT, null, "user.staleVersion");
    }
}
