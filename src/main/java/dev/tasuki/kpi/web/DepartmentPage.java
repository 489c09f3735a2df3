package dev.tasuki.kpi.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.tasuki.identity.Department;

/** The path segment of a department's dashboard: /dashboard/marketing, /dashboard/inside-sales, and so on. */
final class DepartmentPage {

    private DepartmentPage() {}

    static String slug(Department department) {
        return department.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Department> parse(String slug) {
        for (Department department : Department.values()) {
            if (slug(department).equals(slug)) {
                return Optional.of(department);
            }
        }
        return Optional.empty();
    }

    static Map<Department, String> slugs() {
        Map<Department, String> slugs = new LinkedHashMap<>();
        for (Department department : Department.values()) {
            slugs.put(department, slug(department));
        }
        return slugs;
    }
}
