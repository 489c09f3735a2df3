package dev.tasuki.relay;

/** The channel a lead came through (リードソース). */
public enum LeadSource {
    EXHIBITION,
    WEBINAR,
    SEMINAR,
    INQUIRY,
    CONTENT_DOWNLOAD,
    ADVERTISING,
    REFERRAL,
    OUTBOUND,
    OTHER;

    public String messageKey() {
        return "source." + name();
    }
}
