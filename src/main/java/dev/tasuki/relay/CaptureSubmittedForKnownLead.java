package dev.tasuki.relay;

import java.time.Instant;
import java.util.List;

/**
 * A website form arrived with the email of a lead the company already has. What the company knows was kept: only the
 * lead's empty fields took the form's values (filledFields names them). The submission is on the lead's timeline for
 * review; its owner is to be told (a notification module listens to this), and ownerId is null for a lead nobody owns.
 * submitted holds what the form said, as the visitor typed it.
 */
public record CaptureSubmittedForKnownLead(
        long leadId,
        Long accountId,
        Long ownerId,
        LeadSource formSource,
        List<String> submitted,
        List<String> filledFields,
        Instant at) {}
