package dev.tasuki.relay.internal;

import static dev.tasuki.platform.JdbcValues.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import dev.tasuki.relay.Campaign;
import dev.tasuki.relay.CampaignDetails;
import dev.tasuki.relay.LeadSource;

@Repository
public class CampaignTable {

    private final JdbcClient jdbc;

    CampaignTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Campaign> all() {
        return jdbc.sql("select * from campaign order by starts_on desc nulls last, id desc")
                .query(CampaignTable::map)
                .list();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select * from campaign where id = :id")
                .param("id", id)
                .query(CampaignTable::map)
                .optional();
    }

    public long insert(CampaignDetails details, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, channel, starts_on, ends_on, cost, created_at, version)
                values (:name, :channel, :starts, :ends, :cost, :now, 0)
                """)
                .param("name", details.name().strip())
                .param("channel", details.channel().name())
                .param("starts", details.startsOn())
                .param("ends", details.endsOn())
                .param("cost", details.cost())
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean update(long id, int version, CampaignDetails details) {
        return jdbc.sql("""
                update campaign set name = :name, channel = :channel, starts_on = :starts, ends_on = :ends, cost =
                    :cost,
                       version = version + 1
                 where id = :id and version = :version
                """)
                        .param("name", details.name().strip())
                        .param("channel", details.channel().name())
                        .param("starts", details.startsOn())
                        .param("ends", details.endsOn())
                        .param("cost", details.cost())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Campaign map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Campaign(
                rs.getLong("id"),
                rs.getString("name"),
                LeadSource.valueOf(rs.getString("channel")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getLong("cost"),
                rs.getInt("version"));
    }
}
