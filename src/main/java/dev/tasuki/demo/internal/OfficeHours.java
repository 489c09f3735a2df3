package dev.tasuki.demo.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * When people at ツナギクラウド work: weekdays from 9:00 to 19:00 in the organisation's time zone. Something done "after a
 * while" is done in the next working moment after that while.
 */
final class OfficeHours {

    private static final int OPENS = 9;
    private static final int CLOSES = 19;

    private final ZoneId zone;
    private final Random random;

    OfficeHours(ZoneId zone, Random random) {
        this.zone = zone;
        this.random = random;
    }

    ZoneId zone() {
        return zone;
    }

    /** The moment itself when it is a working moment, else a little after the next opening. */
    Instant working(Instant moment) {
        ZonedDateTime time = moment.atZone(zone);
        if (isWorkday(time.toLocalDate()) && time.getHour() >= OPENS && time.getHour() < CLOSES) {
            return moment;
        }
        LocalDate day =
                time.getHour() < OPENS ? time.toLocalDate() : time.toLocalDate().plusDays(1);
        while (!isWorkday(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(OPENS, 0)
                .atZone(zone)
                .plusMinutes(random.nextInt(180))
                .toInstant();
    }

    /** The moment itself when it is a working moment, else a little before the last closing. */
    Instant lastWorking(Instant moment) {
        ZonedDateTime time = moment.atZone(zone);
        if (isWorkday(time.toLocalDate()) && time.getHour() >= OPENS && time.getHour() < CLOSES) {
            return moment;
        }
        LocalDate day = time.getHour() >= CLOSES
                ? time.toLocalDate()
                : time.toLocalDate().minusDays(1);
        while (!isWorkday(day)) {
            day = day.minusDays(1);
        }
        return day.atTime(CLOSES, 0)
                .atZone(zone)
                .minusMinutes(1 + random.nextInt(90))
                .toInstant();
    }

    Instant after(Instant moment, Duration wait) {
        return working(moment.plus(wait));
    }

    /** Some working moment of that day (the next workday when it is none), between the hours given. */
    Instant during(LocalDate day, int fromHour, int toHour) {
        while (!isWorkday(day)) {
            day = day.plusDays(1);
        }
        int minutes = (toHour - fromHour) * 60;
        return day.atTime(LocalTime.of(fromHour, 0))
                .plusMinutes(random.nextInt(minutes))
                .atZone(zone)
                .toInstant();
    }

    /** Any moment of the day, mostly in the daytime: web forms are filled in at night too. */
    Instant anyTime(LocalDate day) {
        int hour = random.nextInt(10) < 8 ? 8 + random.nextInt(12) : random.nextInt(24);
        return day.atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
    }

    /** A meeting slot on the hour or half hour, some days after the moment. */
    Instant meetingSlot(Instant moment, int minDays, int maxDays) {
        LocalDate day = moment.atZone(zone).toLocalDate().plusDays(minDays + random.nextInt(maxDays - minDays + 1));
        while (!isWorkday(day)) {
            day = day.plusDays(1);
        }
        int[] hours = {10, 11, 13, 14, 15, 16, 17};
        return day.atTime(hours[random.nextInt(hours.length)], random.nextBoolean() ? 0 : 30)
                .atZone(zone)
                .toInstant();
    }

    LocalDate day(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    static boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
