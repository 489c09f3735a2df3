package dev.tasuki.success;

/** Who set an MRR level: a won deal, a renewal decision, an import or a person by hand. */
public enum MrrSource {
    DEAL,
    RENEWAL,
    IMPORT,
    MANUAL;

    public String messageKey() {
        return "mrr.source." + name();
    }
}
