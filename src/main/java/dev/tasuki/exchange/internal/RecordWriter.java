package dev.tasuki.exchange.internal;

import java.util.List;

import dev.tasuki.identity.SignedInUser;

/**
 * Writes a batch of rows of one kind: each is created, updated, left unchanged, or rejected with an error, and counted
 * so in the tally. Rows of a batch never share a key.
 */
interface RecordWriter<T> {

    void write(String source, List<Incoming<T>> batch, Tally tally, SignedInUser by);
}
