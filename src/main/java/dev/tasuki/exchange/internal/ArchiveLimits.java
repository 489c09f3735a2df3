package dev.tasuki.exchange.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * What a tasuki file may hold, checked while it is read, so that a small ZIP that unpacks to gigabytes (a zip bomb) is
 * refused before it fills the memory or the CPU: at most {@link #MAX_ENTRIES} entries, a manifest of at most
 * {@link #MAX_MANIFEST} bytes, at most {@link #MAX_RATIO} times the file's size unpacked (plus
 * {@link #RATIO_ALLOWANCE}, so that small files of repetitive settings pass), and rows of at most
 * {@link #MAX_ROW_CHARACTERS} characters (the longest column Tasuki has is 4,000). An export of Tasuki's own compresses
 * about ten times.
 */
final class ArchiveLimits {

    static final int MAX_ENTRIES = 200;
    static final long MAX_MANIFEST = 1 << 20;
    static final long MAX_RATIO = 100;
    static final long RATIO_ALLOWANCE = 16L << 20;
    static final long MAX_ROW_CHARACTERS = 1 << 20;

    private final long allowed;
    private long unpacked;

    ArchiveLimits(long fileSize) {
        this.allowed = fileSize * MAX_RATIO + RATIO_ALLOWANCE;
    }

    static void checkEntries(int entries) {
        if (entries > MAX_ENTRIES) {
            throw new BadArchive(0, "", "exchange.archive.tooManyEntries", entries, MAX_ENTRIES);
        }
    }

    /** The entry's bytes, counted against the whole file's allowance and, for the manifest, its own. */
    InputStream counted(String part, InputStream in, long limit) {
        return new FilterInputStream(in) {
            private long ofThisEntry;

            @Override
            public int read() throws IOException {
                int read = super.read();
                if (read >= 0) {
                    count(1);
                }
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    count(read);
                }
                return read;
            }

            private void count(int bytes) {
                ofThisEntry += bytes;
                unpacked += bytes;
                if (ofThisEntry > limit) {
                    throw new BadArchive(0, part, "exchange.archive.entryTooLarge", limit);
                }
                if (unpacked > allowed) {
                    throw new BadArchive(0, part, "exchange.archive.bomb", MAX_RATIO);
                }
            }
        };
    }

    /**
     * The text of a table whose rows are read one at a time: {@link Rows#rowRead} after each row gives the next one its
     * budget, and a row (a field with a quote that never closes, a field of a gigabyte) that exceeds it is refused.
     */
    static final class Rows extends FilterReader {

        private final String part;
        private long left = MAX_ROW_CHARACTERS;

        Rows(String part, Reader in) {
            super(in);
            this.part = part;
        }

        void rowRead() {
            left = MAX_ROW_CHARACTERS;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            spend(read < 0 ? 0 : 1);
            return read;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            spend(Math.max(read, 0));
            return read;
        }

        private void spend(int characters) {
            left -= characters;
            // the CSV parser reads ahead a buffer's worth, which may belong to the next rows
            if (left < -BUFFER) {
                throw new BadArchive(0, part, "exchange.archive.rowTooLong", MAX_ROW_CHARACTERS);
            }
        }

        private static final int BUFFER = 1 << 16;
    }
}
