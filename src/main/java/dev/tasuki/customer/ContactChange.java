package dev.tasuki.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The command to edit a contact, refused when the version is no longer the stored one. */
public record ContactChange(
        Long accountId,
        @Size(max = 100) String familyName,
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyNameKana,
        @Size(max = 100) String givenNameKana,
        @Email @Size(max = 254) String email,

        @Size(max = 32) @Pattern(regexp = Phones.PATTERN, message = "{customer.phone.invalid}")
        String phone,

        @Size(max = 100) String title,
        @Size(max = 100) String departmentName,
        Long ownerId,
        @NotNull Integer version) {

    public static ContactChange of(Contact contact) {
        return new ContactChange(
                contact.accountId(),
                contact.name().familyName(),
                contact.name().givenName(),
                contact.nameKana().familyName(),
                contact.nameKana().givenName(),
                contact.email(),
                contact.phone(),
                contact.title(),
                contact.departmentName(),
                contact.ownerId(),
                contact.version());
    }
}
