package dev.tasuki.platform;

/** Mail settings an admin may not save: a sender that is not an address, or a rate out of range. */
public class MailSettingsRefused extends TasukiException {

    private MailSettingsRefused(Kind kind, String key, Object... arguments) {
        super(kind, key, arguments);
    }

    public static MailSettingsRefused badSender() {
        return new MailSettingsRefused(Kind.RULE_BROKEN, "mail.settings.badSender");
    }

    public static MailSettingsRefused badRate() {
        return new MailSettingsRefused(Kind.RULE_BROKEN, "mail.settings.badRate", MailSettings.MAX_PER_MINUTE);
    }

    public static MailSettingsRefused stale() {
        return new MailSettingsRefused(Kind.CONFLICT, "mail.settings.stale");
    }
}
