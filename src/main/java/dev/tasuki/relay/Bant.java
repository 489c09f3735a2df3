package dev.tasuki.relay;

import jakarta.validation.constraints.Size;

/** Budget, authority, need and timing: the qualification Inside Sales hands to Field Sales. */
public record Bant(
        @Size(max = 400) String budget,
        @Size(max = 400) String authority,
        @Size(max = 400) String need,
        @Size(max = 400) String timing) {

    public static final Bant NONE = new Bant(null, null, null, null);
}
