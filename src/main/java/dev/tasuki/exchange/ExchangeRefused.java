package dev.tasuki.exchange;

import dev.tasuki.platform.TasukiException;

/**
 * An import or export that is refused: the user may not, the format or encoding is not one Tasuki reads, or the file is
 * missing. Nothing was read or written.
 */
public final class ExchangeRefused extends TasukiException {

    private ExchangeRefused(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    public static ExchangeRefused adminsOnly() {
        return new ExchangeRefused(Kind.FORBIDDEN, "exchange.adminsOnly");
    }

    public static ExchangeRefused unknownFormat(String format, String known) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.import.unknownFormat", format, known);
    }

    public static ExchangeRefused unknownEncoding(String encoding) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.import.unknownEncoding", encoding);
    }

    public static ExchangeRefused noFile() {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.import.noFile");
    }

    /** The header line cannot be read: an unbalanced quote, or no line end within the first megabyte. */
    public static ExchangeRefused unreadableHeader() {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.import.unreadableHeader");
    }

    public static ExchangeRefused notFound(long id) {
        return new ExchangeRefused(Kind.NOT_FOUND, "exchange.import.notFound", id);
    }

    public static ExchangeRefused unknownCaptureForm() {
        return new ExchangeRefused(Kind.NOT_FOUND, "exchange.capture.unknownForm");
    }

    public static ExchangeRefused captureFormInvalid() {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.capture.formInvalid");
    }

    public static ExchangeRefused captureOrigin(String origin) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.capture.badOrigin", origin);
    }

    public static ExchangeRefused webhookTarget(String url) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.webhook.badTarget", url);
    }

    public static ExchangeRefused webhookPrivateTarget(String url) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.webhook.privateTarget", url);
    }

    public static ExchangeRefused webhookEvents() {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.webhook.noEvents");
    }

    public static ExchangeRefused noDryRun(String format) {
        return new ExchangeRefused(Kind.RULE_BROKEN, "exchange.import.noDryRun", format);
    }
}
