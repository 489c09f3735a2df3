package dev.tasuki.relay;

import java.util.List;

/** A lead's score with its explanation: each rule that counted and its points. */
public record LeadScore(int total, List<Item> items) {

    public record Item(ScoringRule rule, int times) {
        public int points() {
            return rule.points() * times;
        }
    }
}
