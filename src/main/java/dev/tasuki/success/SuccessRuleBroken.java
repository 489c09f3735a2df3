package dev.tasuki.success;

import dev.tasuki.platform.TasukiException;

/**
 * A Customer Success change that is refused, with a reason the user can act on. The field, when set, names the form
 * field the message belongs to.
 */
public final class SuccessRuleBroken extends TasukiException {

    private final String field;

    private SuccessRuleBroken(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static SuccessRuleBroken readOnly() {
        return new SuccessRuleBroken(Kind.FORBIDDEN, null, "success.readOnly");
    }

    public static SuccessRuleBroken notCustomerSuccess() {
        return new SuccessRuleBroken(Kind.FORBIDDEN, null, "success.notCustomerSuccess");
    }

    public static SuccessRuleBroken importNotAllowed() {
        return new SuccessRuleBroken(Kind.FORBIDDEN, null, "mrrImport.notAllowed");
    }

    public static SuccessRuleBroken noContract(long accountId) {
        return new SuccessRuleBroken(Kind.NOT_FOUND, null, "renewal.noContract", accountId);
    }

    public static SuccessRuleBroken contractChurned() {
        return new SuccessRuleBroken(Kind.CONFLICT, null, "renewal.churned");
    }

    public static SuccessRuleBroken staleVersion() {
        return new SuccessRuleBroken(Kind.CONFLICT, null, "renewal.staleVersion");
    }

    public static SuccessRuleBroken versionRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "version", "renewal.versionRequired");
    }

    public static SuccessRuleBroken mrrRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "mrr", "mrr.required");
    }

    public static SuccessRuleBroken mrrNegative() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "mrr", "mrr.negative");
    }

    public static SuccessRuleBroken dayRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "effectiveOn", "mrr.dayRequired");
    }

    public static SuccessRuleBroken reasonRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "reasonCode", "renewal.reasonRequired");
    }

    public static SuccessRuleBroken unknownReason(String code) {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "reasonCode", "renewal.unknownReason", code);
    }

    public static SuccessRuleBroken commentRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "comment", "renewal.commentRequired");
    }

    public static SuccessRuleBroken commentTooLong(int max) {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "comment", "renewal.commentTooLong", max);
    }

    public static SuccessRuleBroken unknownSetting(String code) {
        return new SuccessRuleBroken(Kind.NOT_FOUND, null, "health.unknownSetting", code);
    }

    public static SuccessRuleBroken noteRequired() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "note", "expansion.noteRequired");
    }

    public static SuccessRuleBroken leadNotOfAccount() {
        return new SuccessRuleBroken(Kind.RULE_BROKEN, "leadId", "expansion.leadNotOfAccount");
    }
}
