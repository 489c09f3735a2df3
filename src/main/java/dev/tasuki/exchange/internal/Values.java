package dev.tasuki.exchange.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.tasuki.platform.Amounts;
import dev.tasuki.platform.OrganisationClock;

/**
 * The values of other systems' exports, read leniently but never guessed: timestamps in ISO-8601 (with or without an
 * offset), {@code yyyy-MM-dd HH:mm}, {@code yyyy/MM/dd HH:mm}, {@code yyyy/MM/dd}, Excel's {@code yyyy/M/d H:mm} and
 * the US {@code M/d/yyyy h:mm a}; a timestamp without an offset is in the organisation's time zone. Yen with commas,
 * ¥/￥, 円 or "JPY", and Salesforce's ".00". Text too long for its column is an error, not cut.
 */
@Component
class Values {

    private static final List<DateTimeFormatter> TIMES = List.of(
            pattern("uuuu-M-d[['T'][' ']H:mm[:ss][.SSS]]"),
            pattern("uuuu/M/d[' 'H:mm[:ss]]"),
            DateTimeFormatter.ofPattern("M/d/uuuu[' 'h:mm[:ss][' ']a]", Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT),
            pattern("M/d/uuuu[' 'H:mm[:ss]]"),
            pattern("uuuu'年'M'月'd'日'[' 'H:mm[:ss]]"));
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "y", "はい", "○", "済");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "いいえ", "");

    private final ZoneId zone;

    Values(OrganisationClock clock) {
        this.zone = clock.zone();
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The moment in the field, or null when it is empty or (with an error) unreadable. */
    Instant instant(Row row, String field) {
        String value =
                Normalizer.normalize(row.get(field), Normalizer.Form.NFKC).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return inRange(
                    row,
                    field,
                    value,
                    OffsetDateTime.parse(value.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException noOffset) {
            // most exports write local times; tried below
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                TemporalAccessor parsed = format.parseBest(value, LocalDateTime::from, LocalDate::from);
                LocalDateTime local = parsed instanceof LocalDate day ? day.atStartOfDay() : (LocalDateTime) parsed;
                return inRange(row, field, value, local.atZone(zone).toInstant());
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        row.error(field, "exchange.import.badDate", value);
        return null;
    }

    private Instant inRange(Row row, String field, String value, Instant at) {
        if (!Amounts.isBusinessDay(at.atZone(zone).toLocalDate())) {
            row.error(field, "exchange.import.dateOutOfRange", value, Amounts.FIRST_DAY, Amounts.LAST_DAY);
            return null;
        }
        return at;
    }

    LocalDate day(Row row, String field) {
        Instant at = instant(row, field);
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    /** Whole yen, or null when empty or (with an error) unreadable or negative. */
    Long yen(Row row, String field) {
        String value =
                Normalizer.normalize(row.get(field), Normalizer.Form.NFKC).replaceAll("(?i)jpy|[¥\\\\,\\s円]", "");
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{1,15}(\\.\\d+)?")) {
            row.error(field, "exchange.import.badYen", row.get(field));
            return null;
        }
        long yen = new BigDecimal(value).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (!Amounts.isAmount(yen)) {
            row.error(field, "exchange.import.yenTooLarge", row.get(field), Amounts.MAX);
            return null;
        }
        return yen;
    }

    boolean yes(Row row, String field) {
        String value = Normalizer.normalize(row.get(field), Normalizer.Form.NFKC)
                .strip()
                .toLowerCase(Locale.ROOT);
        if (TRUE.contains(value)) {
            return true;
        }
        if (!FALSE.contains(value)) {
            row.error(field, "exchange.import.badBoolean", row.get(field));
        }
        return false;
    }

    /** The text, or null when empty; longer than max is an error. */
    static String text(Row row, String field, int max) {
        String value = row.get(field);
        if (value.length() > max) {
            row.error(field, "exchange.import.tooLong", max);
            return null;
        }
        return value.isEmpty() ? null : value;
    }
}
