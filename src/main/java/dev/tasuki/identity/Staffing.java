package dev.tasuki.identity;

import java.util.Map;

/**
 * The active users and how many of them were seen (signed in, or used the API) since a given time: everyone, and the
 * members and managers of each department (every department present, with zeros when nobody works there).
 */
public record Staffing(Team everyone, Map<Department, Team> departments) {

    /** Active people, the managers among them, and those of them seen since the time. */
    public record Team(long people, long managers, long seen) {}

    public Staffing {
        departments = Map.copyOf(departments);
    }
}
