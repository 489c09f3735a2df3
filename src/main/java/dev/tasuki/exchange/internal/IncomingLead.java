package dev.tasuki.exchange.internal;

import java.time.Instant;
import java.util.List;

import dev.tasuki.relay.ImportedLead;
import dev.tasuki.relay.LeadDetails;

/** A lead read from a file: its fields, when it was created and its rebuilt stage history. */
record IncomingLead(LeadDetails details, Instant createdAt, List<ImportedLead.Entry> entries) {}
