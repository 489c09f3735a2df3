package dev.tasuki.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.kpi.internal.TargetRows;
import dev.tasuki.platform.Amounts;
import dev.tasuki.platform.OrganisationClock;

/**
 * Monthly targets. A department's manager sets its own metrics; executives and admins set any. Versions guard against
 * two people changing one target at once. A value entered for one metric of the chain can be carried to the others
 * through the history rates ({@link #derive}), which the targets page offers before anything is saved.
 */
@Service
@Transactional(readOnly = true)
public class Targets {

    private final TargetRows rows;
    private final ChainRates chainRates;
    private final OrganisationClock clock;

    Targets(TargetRows rows, ChainRates chainRates, OrganisationClock clock) {
        this.rows = rows;
        this.chainRates = chainRates;
        this.clock = clock;
    }

    public List<Target> between(YearMonth from, YearMonth to) {
        return rows.between(from, to);
    }

    public boolean maySet(SignedInUser user, TargetMetric metric) {
        return user.is(Role.EXECUTIVE)
                || user.is(Role.ADMIN)
                || user.is(Role.MANAGER)
                        && user.department().filter(metric.owner()::equals).isPresent();
    }

    /**
     * Sets a month's target: {@code version} null creates it (refused as stale if someone created it meanwhile),
     * otherwise it must be the version the user saw. A null value removes the target.
     */
    @Transactional
    public void set(YearMonth month, TargetMetric metric, BigDecimal value, Integer version, SignedInUser user) {
        if (!maySet(user, metric)) {
            throw KpiRuleBroken.targetNotYours();
        }
        if (value != null
                && (value.signum() < 0
                        || metric.isRatio() && value.compareTo(BigDecimal.TEN) > 0
                        || !metric.isRatio() && value.stripTrailingZeros().scale() > 0
                        || value.compareTo(largest(metric)) > 0)) {
            throw KpiRuleBroken.badTarget(metric.name());
        }
        boolean done;
        if (version == null) {
            try {
                done = value == null || insert(month, metric, value, user);
            } catch (DuplicateKeyException taken) {
                done = false;
            }
        } else if (value == null) {
            done = rows.delete(month, metric, version);
        } else {
            done = rows.update(month, metric, value, version, user.id(), clock.now());
        }
        if (!done) {
            throw KpiRuleBroken.staleTarget();
        }
    }

    private boolean insert(YearMonth month, TargetMetric metric, BigDecimal value, SignedInUser user) {
        if (rows.find(month, metric).isPresent()) {
            return false;
        }
        rows.insert(month, metric, value, user.id(), clock.now());
        return true;
    }

    /**
     * Carries one metric's value along the chain with the trailing six months' rates: upstream counts are what it needs
     * (ceil(n / rate), as reverse planning), downstream ones what it should yield (n × rate, rounded half up). Metrics
     * a rate cannot reach (no history) and the Customer Success ratios are left out.
     */
    /** Yen up to the bound of every amount, counts up to the bound of counts, ratios up to 10 (1000 %). */
    private static BigDecimal largest(TargetMetric metric) {
        if (metric.isRatio()) {
            return BigDecimal.TEN;
        }
        return BigDecimal.valueOf(metric == TargetMetric.REVENUE ? Amounts.MAX : Amounts.MAX_COUNT);
    }

    public Map<TargetMetric, BigDecimal> derive(TargetMetric metric, BigDecimal value) {
        List<TargetMetric> chain = List.of(
                TargetMetric.LEAD,
                TargetMetric.MQL,
                TargetMetric.SAL,
                TargetMetric.SQL,
                TargetMetric.OPPORTUNITY,
                TargetMetric.WON,
                TargetMetric.REVENUE);
        Map<TargetMetric, BigDecimal> derived = new EnumMap<>(TargetMetric.class);
        int at = chain.indexOf(metric);
        if (value != null && (value.signum() < 0 || value.compareTo(largest(metric)) > 0)) {
            throw KpiRuleBroken.badTarget(metric.name());
        }
        if (at < 0 || value == null || value.signum() <= 0) {
            return derived;
        }
        Map<ChainRate, Fraction> rates = chainRates.rates(chainRates.historyWindow(), FunnelBasis.COHORT);
        ChainRate[] between = ChainRate.values();
        derived.put(metric, value);
        BigDecimal count = value;
        for (int i = at; i > 0; i--) {
            Fraction rate = rates.get(between[i - 1]);
            if (!rate.isDefined() || rate.isZero()) {
                break;
            }
            count = BigDecimal.valueOf(
                    rate.neededFor(count.setScale(0, RoundingMode.CEILING).longValueExact()));
            derived.put(chain.get(i - 1), count);
        }
        count = value;
        for (int i = at; i + 1 < chain.size(); i++) {
            Fraction rate = rates.get(between[i]);
            if (!rate.isDefined()) {
                break;
            }
            // the exact product, rounded once: 3 × 5/6 is 2.5 (→ 3), where a 16-digit 5/6 gives 2.4999… (→ 2)
            count = BigDecimal.valueOf(Fraction.of(count).times(rate).roundedYen());
            derived.put(chain.get(i + 1), count);
        }
        return derived;
    }
}
