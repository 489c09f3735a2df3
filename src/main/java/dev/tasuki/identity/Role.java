package dev.tasuki.identity;

/**
 * What a user may do. Members and managers belong to a department; executives and admins look across all four and
 * belong to none.
 */
public enum Role {
    MEMBER,
    MANAGER,
    EXECUTIVE,
    ADMIN;

    public boolean needsDepartment() {
        return this == MEMBER || this == MANAGER;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
