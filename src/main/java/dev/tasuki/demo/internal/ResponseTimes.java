package dev.tasuki.demo.internal;

import java.time.Duration;
import java.util.Random;

import dev.tasuki.relay.HandoffKind;

/**
 * How long receivers take to answer a handoff, in wall-clock time before office hours push it on: most answer well
 * inside the SLA of a new Tasuki (24 h, 48 h, 72 h), some one in six or so late.
 */
final class ResponseTimes {

    private ResponseTimes() {}

    /** The SLA of a new Tasuki (V4__relay.sql), which the demo keeps. */
    static Duration sla(HandoffKind kind) {
        return switch (kind) {
            case MKT_IS -> Duration.ofHours(24);
            case IS_FS -> Duration.ofHours(48);
            case FS_CS -> Duration.ofHours(72);
            case CS_FS -> Duration.ofHours(48);
        };
    }

    /**
     * How long the answer takes. In the last five days before now the queues are busier: every other handoff waits a
     * day or more longer, so that today's queues hold work, some of it overdue.
     */
    static Duration answer(Random random, HandoffKind kind, boolean recent) {
        Duration usual = answer(random, kind);
        return recent && random.nextBoolean() ? usual.plus(Duration.ofHours(24 + random.nextInt(96))) : usual;
    }

    static Duration answer(Random random, HandoffKind kind) {
        long slaMinutes = sla(kind).toMinutes();
        double draw = random.nextDouble();
        double minutes;
        if (draw < 0.62) {
            minutes = Weighted.between(random, 10, slaMinutes / 8.0);
        } else if (draw < 0.90) {
            minutes = Weighted.between(random, slaMinutes / 8.0, slaMinutes * 0.6);
        } else {
            minutes = Weighted.between(random, slaMinutes * 1.05, slaMinutes * 2.8);
        }
        return Duration.ofMinutes(Math.round(minutes));
    }

    /** Speed to lead: the first call on a new MQL, usually within a couple of hours. */
    static Duration firstTouch(Random random) {
        double draw = random.nextDouble();
        return Duration.ofMinutes(5 + Math.round(175 * draw * draw));
    }
}
