package dev.tasuki.demo.internal;

import java.time.Instant;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.relay.LeadSource;

/**
 * What the relay knows of a lead when it works it: where it came from, how big its company is, the event it came
 * through (name and time, null when none) and the marketer who created it.
 */
record LeadProfile(LeadSource source, EmployeeBand band, String campaignName, Instant eventAt, long marketer) {}
