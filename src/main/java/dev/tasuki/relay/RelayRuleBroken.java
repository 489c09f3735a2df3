package dev.tasuki.relay;

import dev.tasuki.platform.TasukiException;

/**
 * A relay action refused with a reason the user can act on. The field, when set, names the form field the message
 * belongs to.
 */
public final class RelayRuleBroken extends TasukiException {

    private final String field;

    private RelayRuleBroken(Kind kind, String field, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static RelayRuleBroken stageMove(LifecycleStage from, LifecycleStage to) {
        return new RelayRuleBroken(
                Kind.RULE_BROKEN, "stage", "relay.stageMoveRefused", label(from.messageKey()), label(to.messageKey()));
    }

    public static RelayRuleBroken handoffFromStage(HandoffKind kind, LifecycleStage stage) {
        return new RelayRuleBroken(
                Kind.RULE_BROKEN, null, "relay.handoffFromStage", label(kind.messageKey()), label(stage.messageKey()));
    }

    public static RelayRuleBroken handoffPending() {
        return new RelayRuleBroken(Kind.CONFLICT, null, "relay.handoffPending");
    }

    public static RelayRuleBroken handoffClosed() {
        return new RelayRuleBroken(Kind.CONFLICT, null, "relay.handoffClosed");
    }

    public static RelayRuleBroken contextMissing(String field) {
        return new RelayRuleBroken(Kind.RULE_BROKEN, field, "relay.contextMissing");
    }

    public static RelayRuleBroken nameOrEmailMissing() {
        return new RelayRuleBroken(Kind.RULE_BROKEN, "familyName", "relay.nameOrEmail");
    }

    public static RelayRuleBroken unknownReason(String code) {
        return new RelayRuleBroken(Kind.RULE_BROKEN, "reasonCode", "relay.unknownReason", code);
    }

    public static RelayRuleBroken notYourStage(LifecycleStage stage) {
        return new RelayRuleBroken(
                Kind.FORBIDDEN,
                null,
                "relay.notYourStage",
                label(stage.owner().messageKey()),
                label(stage.messageKey()));
    }

    public static RelayRuleBroken notYourHandoff(HandoffKind kind) {
        return new RelayRuleBroken(
                Kind.FORBIDDEN, null, "relay.notYourHandoff", label(kind.to().messageKey()));
    }

    public static RelayRuleBroken campaignsNotYours() {
        return new RelayRuleBroken(Kind.FORBIDDEN, null, "relay.campaignsNotYours");
    }

    public static RelayRuleBroken readOnly() {
        return new RelayRuleBroken(Kind.FORBIDDEN, null, "relay.readOnly");
    }

    public static RelayRuleBroken ownerOutsideRights() {
        return new RelayRuleBroken(Kind.FORBIDDEN, "ownerId", "relay.ownerOutsideRights");
    }

    public static RelayRuleBroken emailTaken(long existingLeadId) {
        return new RelayRuleBroken(Kind.CONFLICT, "email", "relay.emailTaken", existingLeadId);
    }

    public static RelayRuleBroken staleVersion() {
        return new RelayRuleBroken(Kind.CONFLICT, null, "relay.staleVersion");
    }

    public static RelayRuleBroken leadNotFound(long id) {
        return new RelayRuleBroken(Kind.NOT_FOUND, null, "relay.leadNotFound", id);
    }

    public static RelayRuleBroken campaignNotFound(long id) {
        return new RelayRuleBroken(Kind.NOT_FOUND, null, "relay.campaignNotFound", id);
    }

    public static RelayRuleBroken handoffNotFound(long id) {
        return new RelayRuleBroken(Kind.NOT_FOUND, null, "relay.handoffNotFound", id);
    }
}
