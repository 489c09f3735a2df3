package dev.tasuki.relay;

import java.time.LocalDateTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The context a handoff carries. A note always; for IS→FS also BANT and the appointment (a local date-time in the
 * organisation's time zone, as people type it).
 */
public record SendHandoff(
        @NotNull HandoffKind kind,
        @Size(max = 4000) String note,
        @Valid Bant bant,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime appointmentAt) {}
