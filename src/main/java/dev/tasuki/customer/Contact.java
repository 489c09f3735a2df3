package dev.tasuki.customer;

import java.time.Instant;

import dev.tasuki.platform.PersonName;

/**
 * A person at a customer (or not yet at any account). The email is stored trimmed and lower-cased and is unique.
 * accountName is read with the contact, for lists and the API.
 */
public record Contact(
        long id,
        Long accountId,
        String accountName,
        PersonName name,
        PersonName nameKana,
        String email,
        String phone,
        String title,
        String departmentName,
        Long ownerId,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The name to show: the person's name, or their email when they have none. */
    public String displayName() {
        String display = name.display();
        return display.isEmpty() && email != null ? email : display;
    }
}
