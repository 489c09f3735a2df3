package dev.tasuki.customer;

/** The industry of an account, from a fixed list so that lists can be filtered and funnels compared by industry. */
public enum Industry {
    IT_SOFTWARE,
    MANUFACTURING,
    FINANCE,
    RETAIL,
    SERVICES,
    HEALTHCARE,
    CONSTRUCTION_REAL_ESTATE,
    LOGISTICS,
    EDUCATION,
    PUBLIC_SECTOR,
    OTHER;

    public String messageKey() {
        return "industry." + name();
    }
}
