package dev.tasuki.healthcheck.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.tasuki.healthcheck.HealthCheckRuleBroken;

/** The sheet itself: categories and items, reference data from the migration, in the document's order. */
@Repository
public class Sheet {

    private final JdbcClient jdbc;

    Sheet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> categories() {
        return jdbc.sql("select code, number, label_ja, label_en, weight from hc_category order by number")
                .query((rs, row) -> new Category(
                        rs.getString("code"),
                        rs.getInt("number"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getInt("weight")))
                .list();
    }

    public List<Item> items() {
        return jdbc.sql("""
                select i.code, i.category_code, i.number, i.text_ja, i.text_en, i.remedies, i.feature
                  from hc_item i join hc_category c on c.code = i.category_code
                 order by c.number, i.number
                """)
                .query((rs, row) -> new Item(
                        rs.getString("code"),
                        rs.getString("category_code"),
                        rs.getInt("number"),
                        rs.getString("text_ja"),
                        rs.getString("text_en"),
                        Arrays.stream(rs.getString("remedies").split(","))
                                .map(String::strip)
                                .map(Remedy::valueOf)
                                .toList(),
                        HelpingFeature.valueOf(rs.getString("feature"))))
                .list();
    }

    public Item item(String code) {
        return find(code).orElseThrow(() -> HealthCheckRuleBroken.unknownItem(code));
    }

    public Optional<Item> find(String code) {
        return items().stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public boolean setWeight(String categoryCode, int weight) {
        return jdbc.sql("update hc_category set weight = :weight where code = :code")
                        .param("weight", weight)
                        .param("code", categoryCode)
                        .update()
                == 1;
    }
}
