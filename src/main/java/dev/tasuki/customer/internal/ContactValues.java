package dev.tasuki.customer.internal;

import dev.tasuki.platform.PersonName;

/** A contact's fields as they are written: cleaned, kana in katakana, the email lower case. */
public record ContactValues(
        Long accountId,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        String email,
        String phone,
        String title,
        String departmentName,
        Long ownerId) {

    public boolean hasNameOrEmail() {
        return familyName != null || givenName != null || email != null;
    }

    public PersonName name() {
        return new PersonName(familyName, givenName);
    }
}
