package dev.tasuki.identity;

import java.time.Instant;
import java.util.Optional;

import dev.tasuki.platform.Language;
import dev.tasuki.platform.PersonName;

/** A user as other modules and pages see one: never with the password hash. */
public record UserAccount(
        long id,
        String email,
        PersonName name,
        Department department,
        Role role,
        Language language,
        boolean active,
        int version,
        Instant createdAt) {

    public Optional<Department> optionalDepartment() {
        return Optional.ofNullable(department);
    }
}
