package dev.tasuki.deal;

import dev.tasuki.platform.TasukiException;

public final class DealRuleBroken extends TasukiException {

    private final String field;

    private DealRuleBroken(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static DealRuleBroken notFound(long id) {
        return new DealRuleBroken(Kind.NOT_FOUND, null, "deal.notFound", id);
    }

    public static DealRuleBroken notYours(dev.tasuki.identity.Department department) {
        return new DealRuleBroken(Kind.FORBIDDEN, null, "deal.notYours", label(department.messageKey()));
    }

    public static DealRuleBroken readOnly() {
        return new DealRuleBroken(Kind.FORBIDDEN, null, "deal.readOnly");
    }

    public static DealRuleBroken closed() {
        return new DealRuleBroken(Kind.CONFLICT, null, "deal.closed");
    }

    public static DealRuleBroken unknownStage(String code) {
        return new DealRuleBroken(Kind.RULE_BROKEN, "stage", "deal.unknownStage", code);
    }

    public static DealRuleBroken unknownReason(String code) {
        return new DealRuleBroken(Kind.RULE_BROKEN, "reasonCode", "deal.unknownReason", code);
    }

    public static DealRuleBroken staleVersion() {
        return new DealRuleBroken(Kind.CONFLICT, null, "deal.staleVersion");
    }

    public static DealRuleBroken ownerOutsideRights() {
        return new DealRuleBroken(Kind.FORBIDDEN, "ownerId", "deal.ownerOutsideRights");
    }
}
