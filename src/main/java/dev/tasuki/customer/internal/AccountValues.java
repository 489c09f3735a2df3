package dev.tasuki.customer.internal;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Prefecture;
import dev.tasuki.customer.Segment;

/** An account's fields as they are written: already cleaned and normalised (see {@link Texts}, {@link Domains}). */
public record AccountValues(
        String name,
        String nameKana,
        String domain,
        Industry industry,
        EmployeeBand employeeBand,
        Segment segment,
        Long ownerId,
        String phone,
        Prefecture prefecture,
        String address) {

    public String nameKey() {
        return CompanyNames.key(name);
    }
}
