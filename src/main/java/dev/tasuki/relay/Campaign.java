package dev.tasuki.relay;

import java.time.LocalDate;

/** A marketing campaign: the channel it runs on, its dates and its cost in yen (CAC counts it). */
public record Campaign(
        long id, String name, LeadSource channel, LocalDate startsOn, LocalDate endsOn, long cost, int version) {}
