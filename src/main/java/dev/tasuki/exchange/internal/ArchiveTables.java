package dev.tasuki.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the tasuki format, on purpose: every table a migration creates is either here or in {@link #LEFT_OUT}
 * with the reason (a test fails on a table that is in neither). In foreign-key order: a table comes after the tables it
 * refers to, so the import inserts them in this order and deletes in the reverse.
 */
final class ArchiveTables {

    /**
     * What a freshly started Tasuki holds in a table, which decides whether an organisation counts as empty: tables
     * with NONE must have no rows, FIRST_ADMIN at most the admin that the bootstrap creates, ANY (the settings the
     * migrations fill in, and the first admin's API tokens) whatever they hold, as the file's rows replace them.
     */
    enum FreshRows {
        NONE,
        FIRST_ADMIN,
        ANY
    }

    /**
     * A table and its columns that the act of importing changes (signing in marks the user seen, a token marks its
     * use): they are exported and imported, but ignored when a file is compared with the organisation's data.
     */
    record Table(String name, FreshRows fresh, Set<String> volatileColumns) {

        Table(String name, FreshRows fresh) {
            this(name, fresh, Set.of());
        }

        String fileName() {
            return name + ".csv";
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("app_user", FreshRows.FIRST_ADMIN, Set.of("last_seen_at")),
            new Table("api_token", FreshRows.ANY, Set.of("last_used_at")),
            new Table("campaign", FreshRows.NONE),
            new Table("account", FreshRows.NONE),
            new Table("contact", FreshRows.NONE),
            new Table("timeline_entry", FreshRows.NONE),
            new Table("activity", FreshRows.NONE),
            new Table("reason_code", FreshRows.ANY),
            new Table("handoff_sla", FreshRows.ANY),
            new Table("scoring_rule", FreshRows.ANY),
            new Table("lead", FreshRows.NONE),
            new Table("stage_entry", FreshRows.NONE),
            new Table("handoff", FreshRows.NONE),
            new Table("lead_activity_score", FreshRows.NONE),
            new Table("deal_stage", FreshRows.ANY),
            new Table("deal_reason", FreshRows.ANY),
            new Table("deal", FreshRows.NONE),
            new Table("deal_stage_entry", FreshRows.NONE),
            new Table("mrr_account", FreshRows.NONE),
            new Table("mrr_level", FreshRows.NONE),
            new Table("mrr_movement", FreshRows.NONE),
            new Table("churn_reason", FreshRows.ANY),
            new Table("customer_contract", FreshRows.NONE),
            new Table("renewal_decision", FreshRows.NONE),
            new Table("health_setting", FreshRows.ANY),
            new Table("customer_health", FreshRows.NONE),
            new Table("kpi_target", FreshRows.NONE),
            new Table("kpi_setting", FreshRows.ANY),
            new Table("kpi_cost", FreshRows.NONE),
            new Table("hc_category", FreshRows.ANY),
            new Table("hc_item", FreshRows.ANY),
            new Table("hc_setting", FreshRows.ANY),
            new Table("hc_assessment", FreshRows.NONE),
            new Table("hc_answer", FreshRows.NONE),
            new Table("hc_evidence", FreshRows.NONE),
            new Table("hc_action", FreshRows.NONE),
            new Table("import_record", FreshRows.NONE),
            new Table("import_column_mapping", FreshRows.ANY),
            new Table("capture_form", FreshRows.NONE),
            new Table("webhook_endpoint", FreshRows.NONE),
            new Table("exchange_setting", FreshRows.ANY));

    /** Tables that are not the organisation's data, or are derived from it, and why. */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("flyway_schema_history", "the schema's own history: Flyway writes it on the target"),
            Map.entry("spring_session", "sign-ins of this installation"),
            Map.entry("spring_session_attributes", "sign-ins of this installation"),
            Map.entry("event_publication", "Spring Modulith's log of this installation's events in flight"),
            Map.entry("sign_in_throttle", "failed sign-ins of the last minutes"),
            Map.entry("capture_attempt", "lead-capture posts of the last minute, for rate limiting"),
            Map.entry("import_job", "this installation's import log (the running import is one of its rows)"),
            Map.entry("import_error", "this installation's import log"),
            Map.entry("job_heartbeat", "heartbeats of this installation's running jobs (the running import is one)"),
            Map.entry(
                    "webhook_delivery", "the outbox and delivery log: restored, pending messages would be sent twice"),
            Map.entry("kpi_lead_funnel", "a KPI read model, rebuilt from history on import"),
            Map.entry("kpi_handoff", "a KPI read model, rebuilt from history on import"),
            Map.entry("kpi_mrr_movement", "a KPI read model, rebuilt from history on import"),
            Map.entry("kpi_mrr_day", "a KPI read model, rebuilt from history on import"),
            Map.entry("kpi_mrr_month", "a KPI read model, rebuilt from history on import"),
            Map.entry("kpi_mrr_lock", "a lock row that the migration creates"));

    private ArchiveTables() {}
}
