package dev.tasuki.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A SHA-256 of a table's rows in their order, bar the ignored columns, so that a table in a file and in the database
 * compare in little memory. Each value is marked null or given with its length, so that null differs from "" and ("a",
 * "bc") from ("ab", "c").
 */
final class TableFingerprint {

    private final MessageDigest digest;
    private final boolean[] ignored;
    private int rows;

    TableFingerprint(boolean[] ignored) {
        this.ignored = ignored;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void add(List<String> row) {
        rows++;
        for (int i = 0; i < ignored.length; i++) {
            if (ignored[i]) {
                continue;
            }
            String text = row.get(i);
            if (text == null) {
                digest.update((byte) 0);
            } else {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                digest.update((byte) 1);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
        }
    }

    int rows() {
        return rows;
    }

    boolean sameAs(TableFingerprint other) {
        return rows == other.rows && MessageDigest.isEqual(digest.digest(), other.digest.digest());
    }
}
