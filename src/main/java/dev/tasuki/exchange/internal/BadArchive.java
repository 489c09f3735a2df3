package dev.tasuki.exchange.internal;

import java.util.List;

import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.Messages;

/**
 * A tasuki file that cannot be imported as it is: the part of the file (manifest.json, lead.csv, lead.csv: email), the
 * row (the header is 1; 0 for the part as a whole) and what is wrong, as a message key. Nothing of the file is applied.
 */
final class BadArchive extends RuntimeException {

    private final long row;
    private final String part;
    private final String messageKey;
    private final transient Object[] arguments;

    BadArchive(long row, String part, String messageKey, Object... arguments) {
        super(part + ": " + messageKey);
        this.row = row;
        this.part = part;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    List<ImportError> errors(Messages messages) {
        return List.of(new ImportError((int) row, part, messages.of(messageKey, arguments)));
    }
}
