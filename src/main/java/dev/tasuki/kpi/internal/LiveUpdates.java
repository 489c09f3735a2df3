package dev.tasuki.kpi.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the read models follow the events (tasuki.kpi.live-updates, on by default; the listeners ask it by name,
 * {@code @liveUpdates.on()}). Off only to measure what keeping them current costs the write path (docs/benchmarks.md):
 * with it off they go stale until a rebuild.
 */
@Component
public class LiveUpdates {

    private final boolean on;

    LiveUpdates(@Value("${tasuki.kpi.live-updates:true}") boolean on) {
        this.on = on;
    }

    public boolean on() {
        return on;
    }
}
