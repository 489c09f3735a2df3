package dev.tasuki.platform;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** The API's answer to a request that made a record: 201 Created, the record's address, and the record. */
public final class Created {

    private Created() {}

    /** @param collection the records' address, such as {@code /api/v1/accounts}; the new one is below it */
    public static <T> ResponseEntity<T> at(String collection, long id, T record) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(record);
    }
}
