package dev.tasuki.relay;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person moving a lead by hand (recycle, disqualify, lost, churned), from the version they saw. */
public record MoveStage(
        @NotNull LifecycleStage to, @Size(max = 400) String reason, int version) {}
