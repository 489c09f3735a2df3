package dev.tasuki.healthcheck;

import dev.tasuki.platform.TasukiException;

/** A health-check request that is refused, with a reason the user can act on. */
public final class HealthCheckRuleBroken extends TasukiException {

    private HealthCheckRuleBroken(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    public static HealthCheckRuleBroken notFound(long id) {
        return new HealthCheckRuleBroken(Kind.NOT_FOUND, "healthcheck.notFound", id);
    }

    public static HealthCheckRuleBroken unknownItem(String code) {
        return new HealthCheckRuleBroken(Kind.NOT_FOUND, "healthcheck.unknownItem", code);
    }

    public static HealthCheckRuleBroken actionNotFound(long id) {
        return new HealthCheckRuleBroken(Kind.NOT_FOUND, "healthcheck.action.notFound", id);
    }

    public static HealthCheckRuleBroken mayNotStart() {
        return new HealthCheckRuleBroken(Kind.FORBIDDEN, "healthcheck.mayNotStart");
    }

    public static HealthCheckRuleBroken onlyStarterCloses() {
        return new HealthCheckRuleBroken(Kind.FORBIDDEN, "healthcheck.onlyStarterCloses");
    }

    public static HealthCheckRuleBroken mayNotChangeAction() {
        return new HealthCheckRuleBroken(Kind.FORBIDDEN, "healthcheck.action.mayNotChange");
    }

    public static HealthCheckRuleBroken closed() {
        return new HealthCheckRuleBroken(Kind.CONFLICT, "healthcheck.closed");
    }

    public static HealthCheckRuleBroken staleVersion() {
        return new HealthCheckRuleBroken(Kind.CONFLICT, "healthcheck.staleVersion");
    }

    public static HealthCheckRuleBroken ratingRequired() {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.ratingRequired");
    }

    public static HealthCheckRuleBroken tooLong(String fieldKey, int max) {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.tooLong", label(fieldKey), max);
    }

    public static HealthCheckRuleBroken required(String fieldKey) {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.required", label(fieldKey));
    }

    public static HealthCheckRuleBroken dueInPast() {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.action.dueInPast");
    }

    public static HealthCheckRuleBroken ownerNotAllowed() {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.action.ownerNotAllowed");
    }

    public static HealthCheckRuleBroken outOfRange(String fieldKey, int min, int max) {
        return new HealthCheckRuleBroken(Kind.RULE_BROKEN, "healthcheck.outOfRange", label(fieldKey), min, max);
    }
}
