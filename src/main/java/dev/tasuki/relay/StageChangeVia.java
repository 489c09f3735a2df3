package dev.tasuki.relay;

/**
 * What made a stage change: the lead's creation, a handoff, a person moving it by hand, a deal's outcome, or an import
 * rebuilding history.
 */
public enum StageChangeVia {
    CREATE,
    HANDOFF,
    MANUAL,
    DEAL,
    IMPORT
}
