package dev.tasuki.success.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file as Japanese offices save them: UTF-8 with a byte-order mark (Excel's "CSV UTF-8"),
 * UTF-8 without one, or else Windows-31J (Excel's default "CSV"; not Java's Shift_JIS, which lacks ①, ㈱ and 髙).
 */
public final class CsvText {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private CsvText() {}

    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_31J);
        }
    }

    /** The line (from 1) on which the text at the position starts, blank lines before it skipped. */
    public static int lineAt(String text, long position) {
        int start = (int) Math.min(position, text.length());
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
