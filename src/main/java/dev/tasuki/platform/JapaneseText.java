package dev.tasuki.platform;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
 * Text files as Japanese offices save them: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), else UTF-8 if every
 * byte decodes as UTF-8, else Windows-31J (Excel's "CSV" on Japanese Windows). Not Java's Shift_JIS, which lacks ①, ㈱
 * and 髙: a file said to be Shift_JIS is read as Windows-31J too. Detection streams a file once, so a large one is never
 * held in memory.
 */
public final class JapaneseText {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private static final int CHUNK = 64 * 1024;

    private JapaneseText() {}

    /** The charset a user named (UTF-8, Shift_JIS and its aliases); empty for a name we do not read. */
    public static Optional<Charset> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (key) {
            case "utf-8", "utf8" -> Optional.of(StandardCharsets.UTF_8);
            case "shift-jis", "sjis", "windows-31j", "ms932", "cp932" -> Optional.of(WINDOWS_31J);
            default -> Optional.empty();
        };
    }

    /** The file's charset, read once from start to end (or to the first byte that is not UTF-8). */
    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /** The text of bytes held in memory (a small upload), without its byte-order mark. */
    public static String decode(byte[] bytes) {
        try {
            Charset charset = detect(new ByteArrayInputStream(bytes));
            int start = hasBom(bytes) ? 3 : 0;
            return new String(bytes, start, bytes.length - start, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text in the charset, without its byte-order mark; bytes that do not decode become U+FFFD. */
    public static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
        in.mark(3);
        if (!hasBom(in.readNBytes(3))) {
            in.reset();
        }
        return new InputStreamReader(
                in,
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static Charset detect(InputStream in) throws IOException {
        byte[] chunk = new byte[CHUNK / 2];
        int read = in.readNBytes(chunk, 0, 3);
        if (hasBom(chunk)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        bytes.put(chunk, 0, read).flip();
        while (true) {
            if (notUtf8(decoder, bytes, chars, false)) {
                return WINDOWS_31J;
            }
            bytes.compact();
            read = in.read(chunk);
            if (read < 0) {
                bytes.flip();
                return notUtf8(decoder, bytes, chars, true) ? WINDOWS_31J : StandardCharsets.UTF_8;
            }
            bytes.put(chunk, 0, read).flip();
        }
    }

    /** Decodes what the buffer holds; true at the first byte that is not UTF-8. */
    private static boolean notUtf8(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
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

    private static boolean hasBom(byte[] start) {
        return start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
    }
}
