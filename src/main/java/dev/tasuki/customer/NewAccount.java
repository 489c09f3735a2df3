package dev.tasuki.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The command to add an account. Who created it and when are never taken from input. Without an owner, the account
 * belongs to the member or manager who adds it; naming someone else as owner needs the right to assign.
 */
public record NewAccount(
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
        @Size(max = 300) String address) {

    public static NewAccount empty() {
        return new NewAccount("", "", "", null, null, null, null, "", null, "");
    }
}
