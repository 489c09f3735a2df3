package dev.tasuki.healthcheck.internal;

import java.util.List;

/**
 * Points over their maximum: ○ = 2, △ = 1, × = 0 for each known answer, the maximum 2 per known answer; わからない answers
 * are counted apart and left out. The percentage is rounded half up; null with no known answer.
 */
public record Score(int points, int max, int unknown) {

    public static final Score NONE = new Score(0, 0, 0);

    /** Below this percentage an item is weak and ranked among the priorities (an average under ○ and △'s midpoint). */
    public static final int WEAK_BELOW = 75;

    public static Score of(List<Answer> answers) {
        int points = 0;
        int max = 0;
        int unknown = 0;
        for (Answer answer : answers) {
            if (answer.rating().known()) {
                points += answer.rating().points();
                max += 2;
            } else {
                unknown++;
            }
        }
        return new Score(points, max, unknown);
    }

    public Score plus(Score other) {
        return new Score(points + other.points, max + other.max, unknown + other.unknown);
    }

    public boolean hasAnswers() {
        return max > 0;
    }

    public Integer percent() {
        return max == 0 ? null : (points * 200 + max) / (2 * max);
    }

    public boolean weak() {
        return max > 0 && points * 100 < WEAK_BELOW * max;
    }

    /** The mean points of the known answers (0 to 2), for comparing with what the data suggests. */
    public double meanPoints() {
        return max == 0 ? 0 : points * 2.0 / max;
    }

    /** Lower scores first, comparing the exact fractions rather than the rounded percentages. */
    public int compareTo(Score other) {
        return Long.compare((long) points * other.max, (long) other.points * max);
    }
}
