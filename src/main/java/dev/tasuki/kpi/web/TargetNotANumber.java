package dev.tasuki.kpi.web;

import dev.tasuki.platform.TasukiException;

/** A target box that holds something other than a number. */
final class TargetNotANumber extends TasukiException {

    private TargetNotANumber(String typed) {
        super(Kind.RULE_BROKEN, "targets.notANumber", typed);
    }

    static TargetNotANumber of(String typed) {
        return new TargetNotANumber(typed);
    }
}
