package dev.tasuki.demo.internal;

import java.util.List;
import java.util.Random;

import dev.tasuki.identity.Department;

/**
 * The user ids of the people who work the relay, per department, the manager first. Members do most of the work; the
 * manager takes a share of it.
 */
record DemoTeam(List<Long> marketing, List<Long> insideSales, List<Long> fieldSales, List<Long> customerSuccess) {

    DemoTeam {
        for (List<Long> team : List.of(marketing, insideSales, fieldSales, customerSuccess)) {
            if (team.isEmpty()) {
                throw new IllegalArgumentException("every department of the demo has people");
            }
        }
        marketing = List.copyOf(marketing);
        insideSales = List.copyOf(insideSales);
        fieldSales = List.copyOf(fieldSales);
        customerSuccess = List.copyOf(customerSuccess);
    }

    List<Long> of(Department department) {
        return switch (department) {
            case MARKETING -> marketing;
            case INSIDE_SALES -> insideSales;
            case FIELD_SALES -> fieldSales;
            case CUSTOMER_SUCCESS -> customerSuccess;
        };
    }

    /** Someone of the department: the manager one time in five when there are members. */
    long someoneIn(Department department, Random random) {
        List<Long> team = of(department);
        if (team.size() == 1 || random.nextInt(5) == 0) {
            return team.get(0);
        }
        return team.get(1 + random.nextInt(team.size() - 1));
    }

    Department departmentOf(long userId) {
        for (Department department : Department.values()) {
            if (of(department).contains(userId)) {
                return department;
            }
        }
        throw new IllegalArgumentException("not in the demo team: " + userId);
    }
}
