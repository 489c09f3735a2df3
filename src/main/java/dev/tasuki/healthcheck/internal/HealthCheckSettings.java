package dev.tasuki.healthcheck.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.healthcheck.HealthCheckRuleBroken;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/** The admin's settings: how often the check should run (the reminder) and each category's weight in the priorities. */
@Service
@Transactional
public class HealthCheckSettings {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;

    private final CheckInterval interval;
    private final Sheet sheet;

    HealthCheckSettings(CheckInterval interval, Sheet sheet) {
        this.interval = interval;
        this.sheet = sheet;
    }

    @Transactional(readOnly = true)
    public CheckInterval.Setting interval() {
        return interval.current();
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return sheet.categories();
    }

    public void saveInterval(Integer months, Integer version, SignedInUser by) {
        checkAdmin(by);
        if (months == null || months < CheckInterval.MIN_MONTHS || months > CheckInterval.MAX_MONTHS) {
            throw HealthCheckRuleBroken.outOfRange(
                    "healthcheck.settings.interval", CheckInterval.MIN_MONTHS, CheckInterval.MAX_MONTHS);
        }
        if (version == null || !interval.save(months, version)) {
            throw HealthCheckRuleBroken.staleVersion();
        }
    }

    public void saveWeight(String categoryCode, Integer weight, SignedInUser by) {
        checkAdmin(by);
        if (weight == null || weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw HealthCheckRuleBroken.outOfRange("healthcheck.settings.weight", MIN_WEIGHT, MAX_WEIGHT);
        }
        if (!sheet.setWeight(categoryCode, weight)) {
            throw HealthCheckRuleBroken.unknownItem(categoryCode);
        }
    }

    private static void checkAdmin(SignedInUser by) {
        if (!by.is(Role.ADMIN)) {
            throw HealthCheckRuleBroken.mayNotStart();
        }
    }
}
