package dev.tasuki.demo.internal;

import java.util.Random;

/**
 * How an opportunity of the demo ends, and after how many days: the one place that decides it until
 * the deals issue brings real deals. Of opportunities old enough to have closed (three months and more),
 * about 28 % are won (CUSTOMER) and 60 % lost; 12 % drag on.
 */
enum OpportunityOutcome {
    WON(28, 30, 90),
    LOST(60, 14, 90),
    STILL_OPEN(12, 0, 0);

    private static final int[] WEIGHTS = {WON.weight, LOST.weight, STILL_OPEN.weight};

    private final int weight;
    private final int minDays;
    private final int maxDays;

    OpportunityOutcome(int weight, int minDays, int maxDays) {
        this.weight = weight;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    static OpportunityOutcome draw(Random random) {
        return values()[Weighted.index(random, WEIGHTS)];
    }

    /** Days from the opportunity's start to its close (won or lost); 0 for one still open. */
    int cycleDays(Random random) {
        return this == STILL_OPEN ? 0 : minDays + random.nextInt(maxDays - minDays + 1);
    }
}
