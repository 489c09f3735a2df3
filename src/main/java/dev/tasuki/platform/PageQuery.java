package dev.tasuki.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of rows read by SQL: the count of every row that matches, then the page's rows. The caller writes both
 * statements (the same filter, named parameters only); the page's limit and offset are bound here.
 */
public final class PageQuery {

    private PageQuery() {}

    /**
     * @param count {@code select count(*) from … where …}
     * @param rows {@code select … from … where … order by …}, ordered so that pages neither skip nor repeat a row
     */
    public static <T> Page<T> run(
            JdbcClient jdbc,
            String count,
            String rows,
            Map<String, ?> parameters,
            int page,
            int size,
            RowMapper<T> mapper) {
        long total = jdbc.sql(count).params(parameters).query(Long.class).single();
        Map<String, Object> paged = new HashMap<>(parameters);
        paged.put("limit", size);
        paged.put("offset", Page.offset(page, size));
        List<T> items = jdbc.sql(rows + " limit :limit offset :offset")
                .params(paged)
                .query(mapper)
                .list();
        return Page.of(items, page, size, total);
    }
}
