package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.customer.ActivityLogged;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadScore;
import dev.tasuki.relay.ScoringRule;

/**
 * Scores leads: attribute rules on the lead's fields plus activity rules matched by activities logged on it. The total
 * is kept on the lead for sorting and recomputed whenever the lead, its activities or the rules change.
 */
@Component
public class LeadScoring {

    private final ScoringRules rules;
    private final LeadTable leads;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    LeadScoring(ScoringRules rules, LeadTable leads, JdbcClient jdbc, JdbcTemplate batches) {
        this.rules = rules;
        this.leads = leads;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    public LeadScore explain(Lead lead) {
        List<LeadScore.Item> items = new ArrayList<>();
        for (ScoringRule rule : rules.active(ScoringRule.Kind.ATTRIBUTE)) {
            if (matchesAttribute(rule, lead)) {
                items.add(new LeadScore.Item(rule, 1));
            }
        }
        Map<Long, ScoringRule> activityRules = rules.active(ScoringRule.Kind.ACTIVITY).stream()
                .collect(Collectors.toMap(ScoringRule::id, Function.identity()));
        jdbc.sql("select rule_id, count(*) as times from lead_activity_score where lead_id = :lead group"
                        + " by rule_id order by rule_id")
                .param("lead", lead.id())
                .query((rs, row) -> {
                    ScoringRule rule = activityRules.get(rs.getLong("rule_id"));
                    if (rule != null) {
                        items.add(new LeadScore.Item(rule, rs.getInt("times")));
                    }
                    return null;
                })
                .list();
        return new LeadScore(items.stream().mapToInt(LeadScore.Item::points).sum(), List.copyOf(items));
    }

    /** Recomputes and stores the lead's total; returns it. */
    public int rescore(long leadId) {
        Lead lead = leads.find(leadId).orElseThrow();
        int total = explain(lead).total();
        leads.setScore(leadId, total);
        return total;
    }

    /** Recomputes and stores the totals of many leads in a few queries per thousand leads (imports, rule changes). */
    public void rescore(List<Long> leadIds) {
        List<ScoringRule> attributeRules = rules.active(ScoringRule.Kind.ATTRIBUTE);
        Map<Long, ScoringRule> activityRules = rules.active(ScoringRule.Kind.ACTIVITY).stream()
                .collect(Collectors.toMap(ScoringRule::id, Function.identity()));
        for (int from = 0; from < leadIds.size(); from += 1000) {
            List<Long> chunk = leadIds.subList(from, Math.min(leadIds.size(), from + 1000));
            Map<Long, Integer> totals = new HashMap<>();
            jdbc.sql("select " + LeadTable.COLUMNS + " from lead l where l.id in (:ids)")
                    .param("ids", chunk)
                    .query(LeadTable::map)
                    .list()
                    .forEach(lead -> totals.put(
                            lead.id(),
                            attributeRules.stream()
                                    .filter(rule -> matchesAttribute(rule, lead))
                                    .mapToInt(ScoringRule::points)
                                    .sum()));
            jdbc.sql("select lead_id, rule_id, count(*) as times from lead_activity_score where lead_id in"
                            + " (:ids) group by lead_id, rule_id")
                    .param("ids", chunk)
                    .query((rs, row) -> {
                        ScoringRule rule = activityRules.get(rs.getLong("rule_id"));
                        if (rule != null) {
                            totals.merge(rs.getLong("lead_id"), rule.points() * rs.getInt("times"), Integer::sum);
                        }
                        return null;
                    })
                    .list();
            List<Object[]> updates = totals.entrySet().stream()
                    .map(total -> new Object[] {total.getValue(), total.getKey()})
                    .toList();
            batches.batchUpdate("update lead set score = ? where id = ?", updates);
        }
    }

    /** Matches an activity against the activity rules and rescoring the lead when any matched. */
    public void activityLogged(long leadId, long activityId, String kind, String subject, Instant at) {
        if (leads.find(leadId).isEmpty()) {
            // The customer module takes any lead id; an activity on a lead that does not exist scores nothing.
            return;
        }
        boolean matched = false;
        for (ScoringRule rule : rules.active(ScoringRule.Kind.ACTIVITY)) {
            if (matchesActivity(rule, kind, subject)) {
                jdbc.sql("insert into lead_activity_score (lead_id, activity_id, rule_id, scored_at)"
                                + " values (:lead, :activity, :rule, :at)")
                        .param("lead", leadId)
                        .param("activity", activityId)
                        .param("rule", rule.id())
                        .param("at", utc(at))
                        .update();
                matched = true;
            }
        }
        if (matched) {
            rescore(leadId);
        }
    }

    /** Matches imported activities against the activity rules in one go, then rescoring the leads any matched. */
    public void activitiesLogged(List<ActivityLogged> activities) {
        List<ScoringRule> activityRules = rules.active(ScoringRule.Kind.ACTIVITY);
        List<Object[]> matches = new ArrayList<>();
        Set<Long> scored = new LinkedHashSet<>();
        for (ActivityLogged activity : activities) {
            for (ScoringRule rule : activityRules) {
                if (activity.leadId() != null
                        && matchesActivity(rule, activity.kind().name(), activity.subject())) {
                    matches.add(new Object[] {
                        activity.leadId(), activity.activityId(), rule.id(), utc(activity.occurredAt())
                    });
                    scored.add(activity.leadId());
                }
            }
        }
        batches.batchUpdate(
                "insert into lead_activity_score (lead_id, activity_id, rule_id, scored_at) values (?, ?, ?, ?)",
                matches);
        rescore(List.copyOf(scored));
    }

    public void rescoreAll() {
        rescore(jdbc.sql("select id from lead order by id").query(Long.class).list());
    }

    /** The active attribute rules, for scoring many leads without asking for them each time. */
    public List<ScoringRule> attributeRules() {
        return rules.active(ScoringRule.Kind.ATTRIBUTE);
    }

    /** The points the attribute rules give these details: the whole score of a lead without activities. */
    public static int attributePoints(List<ScoringRule> attributeRules, LeadDetails lead) {
        return attributeRules.stream()
                .filter(rule -> matchesAttribute(rule, lead))
                .mapToInt(ScoringRule::points)
                .sum();
    }

    static boolean matchesAttribute(ScoringRule rule, Lead lead) {
        return matchesAttribute(rule, LeadDetails.of(lead));
    }

    static boolean matchesAttribute(ScoringRule rule, LeadDetails lead) {
        String value = switch (rule.field()) {
            case "industry" -> LeadTable.nameOf(lead.industry());
            case "employeeBand" -> LeadTable.nameOf(lead.employeeBand());
            case "segment" -> LeadTable.nameOf(lead.segment());
            case "source" -> lead.source().name();
            case "title" -> lead.title();
            default -> null;
        };
        if (value == null) {
            return false;
        }
        return "title".equals(rule.field()) ? contains(value, rule.matchValue()) : value.equals(rule.matchValue());
    }

    static boolean matchesActivity(ScoringRule rule, String kind, String subject) {
        return switch (rule.field()) {
            case "kind" -> rule.matchValue().equals(kind);
            case "subject" -> subject != null && contains(subject, rule.matchValue());
            default -> false;
        };
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
