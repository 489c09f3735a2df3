package dev.tasuki.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The command to edit an account. The version is the one the form (or API client) read: if someone changed the account
 * since, the edit is refused instead of overwriting theirs. An owner different from the stored one is an owner change,
 * which needs the right to assign.
 */
public record AccountChange(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameKana,
        @Size(max = 253) String domain,
        Industry industry,
        EmployeeBand employeeBand,
        Segment segment,
        Long ownerId,

        @Size(max = 32) @Pattern(regexp = Phones.PATTERN, message = "{customer.phone.invalid}")
        String phone,

        Prefecture prefecture,
        @Size(max = 300) String address,
        @NotNull Integer version) {

    public static AccountChange of(Account account) {
        return new AccountChange(
                account.name(),
                account.nameKana(),
                account.domain(),
                account.industry(),
                account.employeeBand(),
                account.segment(),
                account.ownerId(),
                account.phone(),
                account.prefecture(),
                account.address(),
                account.version());
    }
}
