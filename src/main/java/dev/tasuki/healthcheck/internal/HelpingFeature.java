package dev.tasuki.healthcheck.internal;

/**
 * The Tasuki feature that helps with an item, linked from the priorities. Labels are the navigation's. Items whose
 * feature is not built yet (the meeting report) point to the nearest one that is.
 */
public enum HelpingFeature {
    HOME("/", "nav.HOME"),
    WORK_QUEUE("/queue", "nav.WORK_QUEUE"),
    LEADS("/leads", "nav.LEADS"),
    CAMPAIGNS("/campaigns", "nav.CAMPAIGNS"),
    ACCOUNTS("/accounts", "nav.ACCOUNTS"),
    CONTACTS("/contacts", "nav.CONTACTS"),
    PIPELINE("/deals/board", "nav.PIPELINE"),
    FORECAST("/forecast", "nav.FORECAST"),
    DASHBOARD("/dashboard", "nav.DASHBOARD"),
    TARGETS("/targets", "nav.PLANNING"),
    CUSTOMERS("/customers", "nav.CUSTOMERS"),
    RENEWALS("/renewals", "nav.RENEWALS"),
    HEALTH_CHECK("/healthcheck", "nav.HEALTH_CHECK"),
    USERS("/admin/users", "nav.USERS");

    private final String path;
    private final String labelKey;

    HelpingFeature(String path, String labelKey) {
        this.path = path;
        this.labelKey = labelKey;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }
}
