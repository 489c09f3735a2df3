package dev.tasuki.customer;

import dev.tasuki.platform.TasukiException;

/**
 * A change to the customer record that is refused: a stale version, a duplicate email or domain, a rule of the record,
 * or a user who may not make this change. The field names the form field the message belongs to (none for the form as a
 * whole); for a duplicate, existingId is the record that already has the value.
 */
public final class CustomerRuleBroken extends TasukiException {

    private final String field;
    private final Long existingId;

    private CustomerRuleBroken(Kind kind, String field, Long existingId, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
        this.field = field;
        this.existingId = existingId;
    }

    public String field() {
        return field;
    }

    public Long existingId() {
        return existingId;
    }

    public static CustomerRuleBroken staleVersion() {
        return new CustomerRuleBroken(Kind.CONFLICT, null, null, "customer.staleVersion");
    }

    public static CustomerRuleBroken emailTaken(long contactId, String contactName) {
        return new CustomerRuleBroken(Kind.CONFLICT, "email", contactId, "contact.emailTaken", contactName, contactId);
    }

    public static CustomerRuleBroken domainTaken(long accountId, String accountName) {
        return new CustomerRuleBroken(
                Kind.CONFLICT, "domain", accountId, "account.domainTaken", accountName, accountId);
    }

    /** Someone else saved the same unique value a moment before (the database's constraint noticed). */
    public static CustomerRuleBroken takenJustNow(String field) {
        return new CustomerRuleBroken(Kind.CONFLICT, field, null, "customer.takenJustNow");
    }

    public static CustomerRuleBroken domainInvalid() {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "domain", null, "account.domainInvalid");
    }

    public static CustomerRuleBroken nameOrEmailRequired() {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "familyName", null, "contact.nameOrEmailRequired");
    }

    public static CustomerRuleBroken dateOutOfRange(String field) {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, field, null, "platform.date.range");
    }

    public static CustomerRuleBroken leadUnknown(long leadId) {
        return new CustomerRuleBroken(Kind.NOT_FOUND, "leadId", null, "customer.leadUnknown", leadId);
    }

    public static CustomerRuleBroken accountUnknown(long accountId) {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "accountId", null, "customer.accountUnknown", accountId);
    }

    public static CustomerRuleBroken contactUnknown(long contactId) {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "contactId", null, "customer.contactUnknown", contactId);
    }

    public static CustomerRuleBroken contactOfAnotherAccount() {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "contactId", null, "activity.contactOfAnotherAccount");
    }

    public static CustomerRuleBroken activityTargetRequired() {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, null, null, "activity.targetRequired");
    }

    public static CustomerRuleBroken ownerUnknown(long userId) {
        return new CustomerRuleBroken(Kind.RULE_BROKEN, "ownerId", null, "customer.ownerUnknown", userId);
    }

    public static CustomerRuleBroken readOnly() {
        return new CustomerRuleBroken(Kind.FORBIDDEN, null, null, "customer.readOnly");
    }

    public static CustomerRuleBroken notEditable() {
        return new CustomerRuleBroken(Kind.FORBIDDEN, null, null, "customer.notEditable");
    }

    public static CustomerRuleBroken ownerNotAssignable() {
        return new CustomerRuleBroken(Kind.FORBIDDEN, "ownerId", null, "customer.ownerNotAssignable");
    }
}
