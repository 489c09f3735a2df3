package dev.tasuki.relay;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Rejecting a handoff takes a reason code and a comment: the feedback the sender sees. */
public record RejectHandoff(
        @NotBlank @Size(max = 32) String reasonCode,
        @NotBlank @Size(max = 2000) String comment) {}
