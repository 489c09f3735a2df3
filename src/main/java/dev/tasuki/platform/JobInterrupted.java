package dev.tasuki.platform;

/**
 * A background job of this kind stopped beating (its process was killed or ran out of memory): its owner marks it
 * failed, as interrupted. Published by the heartbeat sweeper, once for each job, on whichever node notices.
 */
public record JobInterrupted(String kind, long refId) {}
