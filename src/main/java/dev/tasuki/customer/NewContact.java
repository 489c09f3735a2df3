package dev.tasuki.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The command to add a contact: a name or an email at least. Owner rules are those of accounts. */
public record NewContact(
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
        Long ownerId) {

    public static NewContact forAccount(Long accountId) {
        return new NewContact(accountId, "", "", "", "", "", "", "", "", null);
    }
}
