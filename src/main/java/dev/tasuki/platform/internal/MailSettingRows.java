package dev.tasuki.platform.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

import dev.tasuki.platform.MailSettings;

/** The one row of mail_setting, with TASUKI_MAIL_FROM behind a sender the admin left empty. */
@Repository
public class MailSettingRows {

    private final JdbcClient jdbc;
    private final String defaultFrom;
    private final boolean smtp;

    MailSettingRows(
            JdbcClient jdbc, @Value("${tasuki.mail.from}") String defaultFrom, ObjectProvider<JavaMailSender> smtp) {
        this.jdbc = jdbc;
        this.defaultFrom = defaultFrom;
        this.smtp = smtp.getIfAvailable() != null;
    }

    public MailSettings current() {
        return jdbc.sql("select from_address, per_minute, version from mail_setting where id = 1")
                .query((rs, row) -> new MailSettings(
                        rs.getString("from_address") == null ? defaultFrom : rs.getString("from_address"),
                        rs.getInt("per_minute"),
                        smtp,
                        rs.getInt("version")))
                .single();
    }

    /** The admin's own sender (null: the default), or null when unchanged. */
    public String ownSender() {
        return jdbc.sql("select from_address from mail_setting where id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    public boolean save(String from, int perMinute, int version) {
        return jdbc.sql("""
                        update mail_setting set from_address = :from, per_minute = :perMinute, version = version + 1
                         where id = 1 and version = :version
                        """)
                        .param("from", from)
                        .param("perMinute", perMinute)
                        .param("version", version)
                        .update()
                == 1;
    }
}
