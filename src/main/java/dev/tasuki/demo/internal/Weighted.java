package dev.tasuki.demo.internal;

import java.util.List;
import java.util.Random;

/** Weighted choices and bounded draws from the demo's one seeded random source. */
final class Weighted {

    private Weighted() {}

    /** An index into weights, chosen with probability weight / sum of weights. */
    static int index(Random random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("no weights");
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static boolean chance(Random random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A uniform draw in [from, to). */
    static double between(Random random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }
}
