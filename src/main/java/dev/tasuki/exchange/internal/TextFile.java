package dev.tasuki.exchange.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * An uploaded file's text, read as Japanese offices save it: UTF-8 with a byte-order mark, else UTF-8 if every byte
 * decodes as UTF-8, else Windows-31J (Excel's "CSV" on Japanese Windows; Java's Shift_JIS lacks ①, ㈱ and 髙, so a file
 * said to be Shift_JIS is read as Windows-31J too). The check streams the file once, so a large file is never held in
 * memory.
 */
final class TextFile {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private TextFile() {}

    /** The charset a user named (UTF-8, Shift_JIS and its aliases); empty for a name we do not read. */
    static Optional<Charset> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (key) {
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "shift-jis", "sjis", "windows-31j", "ms932", "cp932" -> Optional.of(WINDOWS_31J);
            default -> Optional.empty();
        };
    }

    static Charset detect(Path file) throws IOException {
        if (hasBom(file)) {
            return StandardCharsets.UTF_8;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = in.read(chunk)) >= 0) {
                bytes.put(chunk, 0, read).flip();
                if (decode(decoder, bytes, chars, false)) {
                    return WINDOWS_31J;
                }
                bytes.compact();
            }
            bytes.flip();
            return decode(decoder, bytes, chars, true) ? WINDOWS_31J : StandardCharsets.UTF_8;
        }
    }

    /** The file's text without its byte-order mark. */
    static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        if (charset.equals(StandardCharsets.UTF_8) && hasBom(file)) {
            in.readNBytes(3);
        }
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** True when the bytes are not UTF-8. */
    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return true;
            }
            if (result.isUnderflow()) {
                return false;
            }
        }
    }

    private static boolean hasBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(3);
            return start.length == 3
                    && (start[0] & 0xFF) == 0xEF
                    && (start[1] & 0xFF) == 0xBB
                    && (start[2] & 0xFF) == 0xBF;
        }
    }
}
