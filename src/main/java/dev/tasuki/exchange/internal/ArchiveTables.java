package dev.tasuki.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every table of the database, the module that owns it (the only module whose SQL names it: TableOwnershipTests), and
 * whether the tasuki format carries it: every table a migration creates is either in {@link #TABLES} or in
 * {@link #LEFT_OUT} with the reason (a test fails on a table that is in neither). {@link #TABLES} is in foreign-key
 * order: a table comes after the tables it refers to, so the import inserts them in this order and deletes in the
 * reverse.
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
    record Table(String name, String owner, FreshRows fresh, Set<String> volatileColumns) {

        Table(String name, String owner, FreshRows fresh) {
            this(name, owner, fresh, Set.of());
        }

        String fileName() {
            return name + ".csv";
        }
    }

    static final List<Table> TABLES = List.of(
            new Table("app_user", "identity", FreshRows.FIRST_ADMIN, Set.of("last_seen_at")),
            new Table("api_token", "identity", FreshRows.ANY, Set.of("last_used_at")),
            new Table("campaign", "relay", FreshRows.NONE),
            new Table("account", "customer", FreshRows.NONE),
            new Table("contact", "customer", FreshRows.NONE),
            new Table("timeline_entry", "customer", FreshRows.NONE),
            new Table("activity", "customer", FreshRows.NONE),
            new Table("reason_code", "relay", FreshRows.ANY),
            new Table("handoff_sla", "relay", FreshRows.ANY),
            new Table("scoring_rule", "relay", FreshRows.ANY),
            new Table("lead", "relay", FreshRows.NONE),
            new Table("stage_entry", "relay", FreshRows.NONE),
            new Table("handoff", "relay", FreshRows.NONE),
            new Table("lead_activity_score", "relay", FreshRows.NONE),
            new Table("deal_stage", "deal", FreshRows.ANY),
            new Table("deal_reason", "deal", FreshRows.ANY),
            new Table("deal", "deal", FreshRows.NONE),
            new Table("deal_stage_entry", "deal", FreshRows.NONE),
            new Table("mrr_account", "success", FreshRows.NONE),
            new Table("mrr_level", "success", FreshRows.NONE),
            new Table("mrr_movement", "success", FreshRows.NONE),
            new Table("churn_reason", "success", FreshRows.ANY),
            new Table("customer_contract", "success", FreshRows.NONE),
            new Table("renewal_decision", "success", FreshRows.NONE),
            new Table("health_setting", "success", FreshRows.ANY),
            new Table("customer_health", "success", FreshRows.NONE),
            new Table("kpi_target", "kpi", FreshRows.NONE),
            new Table("kpi_setting", "kpi", FreshRows.ANY),
            new Table("kpi_cost", "kpi", FreshRows.NONE),
            new Table("hc_category", "healthcheck", FreshRows.ANY),
            new Table("hc_item", "healthcheck", FreshRows.ANY),
            new Table("hc_setting", "healthcheck", FreshRows.ANY),
            new Table("hc_assessment", "healthcheck", FreshRows.NONE),
            new Table("hc_answer", "healthcheck", FreshRows.NONE),
            new Table("hc_evidence", "healthcheck", FreshRows.NONE),
            new Table("hc_action", "healthcheck", FreshRows.NONE),
            new Table("import_record", "exchange", FreshRows.NONE),
            new Table("import_column_mapping", "exchange", FreshRows.ANY),
            new Table("capture_form", "exchange", FreshRows.NONE),
            new Table("webhook_endpoint", "exchange", FreshRows.NONE),
            new Table("exchange_setting", "exchange", FreshRows.ANY),
            new Table("mail_setting", "platform", FreshRows.ANY));

    /** A table the tasuki format leaves out, the module that owns it, and why it is left out. */
    record LeftOut(String name, String owner, String reason) {}

    /** Tables that are not the organisation's data, or are derived from it, and why. */
    static final List<LeftOut> LEFT_OUT = List.of(
            new LeftOut(
                    "flyway_schema_history", "platform", "the schema's own history: Flyway writes it on the target"),
            new LeftOut("spring_session", "identity", "sign-ins of this installation"),
            new LeftOut("spring_session_attributes", "identity", "sign-ins of this installation"),
            new LeftOut(
                    "event_publication", "platform", "Spring Modulith's log of this installation's events in flight"),
            new LeftOut("sign_in_throttle", "identity", "failed sign-ins of the last minutes"),
            new LeftOut("capture_attempt", "exchange", "lead-capture posts of the last minute, for rate limiting"),
            new LeftOut(
                    "import_job", "exchange", "this installation's import log (the running import is one of its rows)"),
            new LeftOut("import_error", "exchange", "this installation's import log"),
            new LeftOut(
                    "job_heartbeat",
                    "platform",
                    "heartbeats of this installation's running jobs (the running import is one)"),
            new LeftOut(
                    "webhook_delivery",
                    "exchange",
                    "the outbox and delivery log: restored, pending messages would be sent twice"),
            new LeftOut(
                    "mail_message",
                    "platform",
                    "the mail outbox and mailbox of this installation: restored, queued mail would be sent twice"),
            new LeftOut("shedlock", "platform", "locks of this installation's scheduled jobs"),
            new LeftOut("kpi_lead_funnel", "kpi", "a KPI read model, rebuilt from history on import"),
            new LeftOut("kpi_handoff", "kpi", "a KPI read model, rebuilt from history on import"),
            new LeftOut("kpi_mrr_movement", "kpi", "a KPI read model, rebuilt from history on import"),
            new LeftOut("kpi_mrr_day", "kpi", "a KPI read model, rebuilt from history on import"),
            new LeftOut("kpi_mrr_month", "kpi", "a KPI read model, rebuilt from history on import"),
            new LeftOut("kpi_mrr_lock", "kpi", "a lock row that the migration creates"));

    /** Every table, exported or left out, by name: the module that owns it. */
    static Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        TABLES.forEach(table -> owners.put(table.name(), table.owner()));
        LEFT_OUT.forEach(table -> owners.put(table.name(), table.owner()));
        return owners;
    }

    private ArchiveTables() {}
}
