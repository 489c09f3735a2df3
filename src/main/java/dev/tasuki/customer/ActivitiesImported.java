package dev.tasuki.customer;

import java.util.List;

/**
 * Activities were imported in one batch (see {@link CustomerImport#importActivities}): announced once, with each
 * activity as it would have been announced had it been logged, so that listeners handle thousands in one go.
 */
public record ActivitiesImported(List<ActivityLogged> activities) {

    public ActivitiesImported {
        activities = List.copyOf(activities);
    }
}
