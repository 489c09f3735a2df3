package dev.tasuki.healthcheck;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A part of a whole, the shape of most evidence: "10 of 12 handoffs answered within their SLA". Ratings compare the
 * exact fraction with the thresholds; the shown percentage is rounded half up. The modules that own the data count the
 * shares of their {@link EvidenceSource}s with it.
 */
public record Share(long part, long whole) {

    /** Reads a row of a query that counts its "part" and its "whole". */
    public static Share read(ResultSet rs, int row) throws SQLException {
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
