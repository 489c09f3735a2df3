package dev.tasuki.healthcheck.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.tasuki.healthcheck.Evidence;
import dev.tasuki.healthcheck.Evidence.Figure;
import dev.tasuki.healthcheck.Rating;

/**
 * A part of a whole, the shape of most evidence: "10 of 12 handoffs answered within their SLA". Ratings compare the
 * exact fraction with the thresholds; the shown percentage is rounded half up.
 */
public record Share(long part, long whole) {

    /** Reads a row of a query that counts its "part" and its "whole". */
    static Share read(ResultSet rs, int row) throws SQLException {
        return new Share(rs.getLong("part"), rs.getLong("whole"));
    }

    public boolean empty() {
        return whole == 0;
    }

    public boolean atLeast(int percent) {
        return whole > 0 && part * 100 >= (long) percent * whole;
    }

    /** ○ at goodAt % or more, △ at partialAt % or more, × below; null when there is nothing to count. */
    public Rating rate(int goodAt, int partialAt) {
        if (empty()) {
            return null;
        }
        return atLeast(goodAt) ? Rating.GOOD : atLeast(partialAt) ? Rating.PARTIAL : Rating.POOR;
    }

    /**
     * The evidence of an item rated by this share alone: ○ at goodAt % or more, △ at partialAt %, and the rule's
     * sentence ({@code healthcheck.rule.<item>}) naming both, so that a rule's thresholds are written once.
     */
    Evidence evidence(String itemCode, int goodAt, int partialAt, Figure... figures) {
        return Evidence.of(
                itemCode, rate(goodAt, partialAt), List.of(figures), "healthcheck.rule." + itemCode, goodAt, partialAt);
    }

    /** "83 %", or "—" with nothing to count. */
    public String percentShown() {
        return empty() ? "—" : (part * 200 + whole) / (2 * whole) + " %";
    }

    /** "83 % (10 / 12)", or "— (0 / 0)". */
    public String shown() {
        return percentShown() + " (" + part + " / " + whole + ")";
    }

    /** The worse of two suggestions; null when either has nothing to count. */
    public static Rating worse(Rating a, Rating b) {
        if (a == null || b == null) {
            return null;
        }
        return a.points() <= b.points() ? a : b;
    }
}
