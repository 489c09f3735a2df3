package dev.tasuki.home.internal;

import java.util.EnumSet;
import java.util.Set;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/** The sections of Tasuki and who needs them in their navigation. */
enum Feature {
    HOME("/", everyone(), EnumSet.allOf(Role.class)),
    WORK_QUEUE("/queue", EnumSet.allOf(Department.class), EnumSet.of(Role.MEMBER, Role.MANAGER, Role.ADMIN)),
    LEADS("/leads", EnumSet.of(Department.MARKETING, Department.INSIDE_SALES), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    CAMPAIGNS("/campaigns", EnumSet.of(Department.MARKETING), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    ACCOUNTS("/accounts", everyone(), EnumSet.allOf(Role.class)),
    CONTACTS("/contacts", everyone(), EnumSet.allOf(Role.class)),
    PIPELINE("/deals/board", EnumSet.of(Department.FIELD_SALES), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    FORECAST("/forecast", EnumSet.of(Department.FIELD_SALES), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    CUSTOMERS("/customers", EnumSet.of(Department.CUSTOMER_SUCCESS), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    RENEWALS("/renewals", EnumSet.of(Department.CUSTOMER_SUCCESS), EnumSet.of(Role.EXECUTIVE, Role.ADMIN)),
    DASHBOARD("/dashboard", everyone(), EnumSet.allOf(Role.class)),
    PLANNING("/targets", EnumSet.noneOf(Department.class), EnumSet.of(Role.MANAGER, Role.EXECUTIVE, Role.ADMIN)),
    HEALTH_CHECK(
            "/healthcheck", EnumSet.noneOf(Department.class), EnumSet.of(Role.MANAGER, Role.EXECUTIVE, Role.ADMIN)),
    IMPORT_EXPORT("/admin/imports", EnumSet.noneOf(Department.class), EnumSet.of(Role.ADMIN)),
    USERS("/admin/users", EnumSet.noneOf(Department.class), EnumSet.of(Role.ADMIN)),
    RELAY_SETTINGS("/admin/relay", EnumSet.noneOf(Department.class), EnumSet.of(Role.ADMIN)),
    SUCCESS_SETTINGS("/admin/success", EnumSet.noneOf(Department.class), EnumSet.of(Role.ADMIN)),
    MAIL("/admin/mail", EnumSet.noneOf(Department.class), EnumSet.of(Role.ADMIN));

    private final String path;
    private final Set<Department> departments;
    private final Set<Role> roles;

    /**
     * @param departments members of these departments see the feature
     * @param roles users with these roles see it whatever their department
     */
    Feature(String path, Set<Department> departments, Set<Role> roles) {
        this.path = path;
        this.departments = departments;
        this.roles = roles;
    }

    String path() {
        return path;
    }

    String messageKey() {
        return "nav." + name();
    }

    boolean visibleTo(SignedInUser user) {
        return roles.contains(user.role())
                || user.department().filter(departments::contains).isPresent();
    }

    private static Set<Department> everyone() {
        return EnumSet.allOf(Department.class);
    }
}
