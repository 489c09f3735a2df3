package dev.tasuki.relay.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.tasuki.platform.Page;
import dev.tasuki.platform.PageQuery;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadQuery;

/**
 * Lead lists. Filters are bound parameters (cast, so PostgreSQL knows their type when null); the sort column comes from
 * an allow-list, so no user text ever becomes SQL.
 */
@Component
public class LeadSearch {

    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "l.created_at",
            "updatedAt", "l.updated_at",
            "score", "l.score",
            "stageEnteredAt", "l.stage_entered_at",
            "name", "l.family_name_kana",
            "company", "l.company_name");

    private static final String WHERE = """
             where (cast(:text as varchar) is null or lower(coalesce(l.family_name, '') || coalesce(l.given_name, '')
                 || ' ' ||
                    coalesce(l.family_name_kana, '') || coalesce(l.given_name_kana, '') || ' ' || coalesce(l.email, \
                    '') || ' ' ||
                    coalesce(l.company_name, '')) like :text)
               and (cast(:stage as varchar) is null or l.stage = :stage)
               and (cast(:source as varchar) is null or l.source = :source)
               and (cast(:campaign as bigint) is null or l.campaign_id = :campaign)
               and (cast(:owner as bigint) is null or l.owner_id = :owner)
            """;

    private final JdbcClient jdbc;

    LeadSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<Lead> run(LeadQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(
                "text",
                query.text() == null || query.text().isBlank()
                        ? null
                        : "%" + escapeLike(query.text().strip().toLowerCase()) + "%");
        parameters.put("stage", query.stage() == null ? null : query.stage().name());
        parameters.put("source", query.source() == null ? null : query.source().name());
        parameters.put("campaign", query.campaignId());
        parameters.put("owner", query.ownerId());
        String order = SORTS.getOrDefault(query.sort(), "l.created_at") + (query.descending() ? " desc" : " asc")
                + ", l.id desc";
        return PageQuery.run(
                jdbc,
                "select count(*) from lead l" + WHERE,
                "select " + LeadTable.COLUMNS + " from lead l" + WHERE + " order by " + order,
                parameters,
                query.page(),
                query.size(),
                LeadTable::map);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
