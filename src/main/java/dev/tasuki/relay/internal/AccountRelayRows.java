package dev.tasuki.relay.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.Lead;

/** The leads and handoffs of one account, for modules that look at a customer as a whole (Customer Success). */
@Repository
public class AccountRelayRows {

    private final JdbcClient jdbc;

    AccountRelayRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Lead> leads(long accountId) {
        return jdbc.sql("select " + LeadTable.COLUMNS
                        + " from lead l where l.account_id = :account order by l.created_at, l.id")
                .param("account", accountId)
                .query(LeadTable::map)
                .list();
    }

    public List<Handoff> handoffs(long accountId) {
        // A handoff sent before its lead was linked to the account has no account of its own: its lead's counts.
        return jdbc.sql("select " + HandoffTable.COLUMNS + " from handoff h where h.account_id = :account"
                        + " or h.lead_id in (select l.id from lead l where l.account_id = :account)"
                        + " order by h.created_at desc, h.id desc")
                .param("account", accountId)
                .query(HandoffTable::map)
                .list();
    }
}
