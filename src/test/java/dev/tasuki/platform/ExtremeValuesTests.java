package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;

import dev.tasuki.HostileInputTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 1: extreme amounts and dates on every write path (API, page form, imports) are refused below 500 or
 * accepted within the bounds of {@link Amounts}, and afterwards every KPI endpoint and dashboard still answers. One
 * deal of 9,223,372,036,854,775,807 yen once took the dashboards down for everyone. The Spring context is the one of
 * {@link HostileInputTest}, reached through Spring's TestContextManager since jqwik is not Jupiter.
 */
@HostileInputTest
@Tag("database")
class ExtremeValuesTests {

    private static final TestContextManager SPRING = new TestContextManager(ExtremeValuesTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    /** Where a value is written, and whether the amount and the date reach it. */
    enum WritePath {
        DEAL_API(true, true),
        DEAL_FORM(true, true),
        DEAL_WIN(true, true),
        CAMPAIGN_API(true, true),
        MRR_LEVEL_API(true, true),
        RENEWAL_API(true, false),
        TARGET_API(true, true),
        COST_API(true, true),
        ACTIVITY_API(false, true),
        DEAL_IMPORT(true, true),
        MRR_IMPORT(true, true);

        final boolean takesAmount;
        final boolean takesDate;

        WritePath(boolean takesAmount, boolean takesDate) {
            this.takesAmount = takesAmount;
            this.takesDate = takesDate;
        }
    }

    @BeforeProperty
    void wire() throws Exception {
        SPRING.prepareTestInstance(this);
    }

    @Provide
    Arbitrary<String> amounts() {
        return Arbitraries.of(
                "0",
                "1",
                "10000000000000",
                "10000000000001",
                "9223372036854775807",
                "9223372036854775808",
                "5e18",
                "1e400",
                "-1",
                "-9223372036854775808",
                "abc");
    }

    @Provide
    Arbitrary<String> dates() {
        return Arbitraries.of(
                "2026-01-01", "1900-01-01", "2199-12-31", "1899-12-31", "9999-12-31", "-999999-01-01", "abc");
    }

    @Property(tries = 40, seed = "14")
    void extremeValuesNeverBreakAWritePathOrAFigure(
            @ForAll WritePath path, @ForAll("amounts") String amount, @ForAll("dates") String date) throws Exception {
        int status = write(path, amount, date);
        assertThat(status).as("%s with %s and %s", path, amount, date).isLessThan(500);
        if (path.takesAmount && !within(amount) || path.takesDate && !withinDate(date)) {
            assertThat(status)
                    .as("%s with %s and %s is beyond the bounds: refused", path, amount, date)
                    .isBetween(400, 499);
        }
        for (String figure : figures()) {
            int answer = mvc.perform(get(figure).with(user(users.signedIn(TestUsers.EXECUTIVE))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(answer)
                    .as("%s after %s with %s and %s", figure, path, amount, date)
                    .isLessThan(500);
        }
    }

    private static boolean within(String amount) {
        try {
            BigDecimal value = new BigDecimal(amount);
            return value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(Amounts.MAX)) <= 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean withinDate(String date) {
        try {
            return Amounts.isBusinessDay(LocalDate.parse(date));
        } catch (RuntimeException notADate) {
            return false;
        }
    }

    private static List<String> figures() {
        LocalDate today = LocalDate.now();
        LocalDate month = today.withDayOfMonth(1);
        String window = "?from=" + month.minusMonths(18) + "&to=" + month.plusMonths(1);
        return List.of(
                "/api/v1/kpi/funnel" + window,
                "/api/v1/kpi/handoffs" + window,
                "/api/v1/kpi/deals" + window,
                "/api/v1/kpi/deals?from=1900-01-01&to=2199-12-31",
                "/api/v1/kpi/revenue" + window,
                "/api/v1/kpi/bottleneck" + window,
                "/api/v1/forecast",
                "/dashboard",
                "/dashboard/field-sales",
                "/dashboard/customer-success");
    }

    private int write(WritePath path, String amount, String date) throws Exception {
        long account = jdbc.sql("select min(id) from account").query(Long.class).single();
        String name = jdbc.sql("select name from account where id = :id")
                .param("id", account)
                .query(String.class)
                .single();
        String json = json(amount);
        String day = json(date);
        return switch (path) {
            case DEAL_API ->
                send(post("/api/v1/deals"), TestUsers.FIELD_SALES_MEMBER, """
                    {"accountId":%d,"name":"jqwik","type":"NEW","amount":%s,"mrr":%s,"term":"MONTHLY",
                     "expectedCloseOn":%s}""".formatted(account, json, json, day));
            case DEAL_FORM ->
                formAnswer(mvc.perform(post("/deals")
                                .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                                .with(csrf())
                                .param("accountId", String.valueOf(account))
                                .param("name", "jqwik")
                                .param("type", "NEW")
                                .param("amount", amount)
                                .param("mrr", amount)
                                .param("term", "MONTHLY")
                                .param("expectedCloseOn", date))
                        .andReturn()
                        .getResponse()
                        .getStatus());
            case DEAL_WIN -> win(account, json, day);
            case CAMPAIGN_API ->
                send(post("/api/v1/campaigns"), TestUsers.MARKETING_MANAGER, """
                    {"name":"jqwik","channel":"WEBINAR","startsOn":%s,"endsOn":%s,
                     "cost":%s}""".formatted(day, day, json));
            case MRR_LEVEL_API ->
                send(
                        post("/api/v1/accounts/" + account + "/mrr/levels"),
                        TestUsers.CUSTOMER_SUCCESS_MEMBER,
                        "{\"effectiveOn\":%s,\"mrr\":%s}".formatted(day, json));
            case RENEWAL_API ->
                send(
                        post("/api/v1/renewals/" + account + "/renew"),
                        TestUsers.CUSTOMER_SUCCESS_MEMBER,
                        "{\"mrr\":%s,\"version\":0}".formatted(json));
            case TARGET_API ->
                send(
                        put("/api/v1/kpi/targets/" + month(date) + "/REVENUE"),
                        TestUsers.EXECUTIVE,
                        "{\"value\":%s,\"version\":null}".formatted(json));
            case COST_API ->
                send(
                        put("/api/v1/kpi/settings/costs/" + month(date)),
                        TestUsers.EXECUTIVE,
                        "{\"amount\":%s,\"version\":null}".formatted(json));
            case ACTIVITY_API ->
                send(post("/api/v1/activities"), TestUsers.FIELD_SALES_MEMBER, """
                    {"accountId":%d,"kind":"TASK","subject":"jqwik","dueOn":%s}""".formatted(account, day));
            case DEAL_IMPORT -> upload("hubspot-deals", """
                    Record ID,Deal Name,Amount,Deal Stage,Close Date,Create Date,Associated Company
                    jqwik-%d,jqwik,%s,closedwon,%s,2026-01-01,"%s"
                    """.formatted(System.nanoTime(), amount, date, name));
            case MRR_IMPORT -> upload("mrr", """
                    account,date,mrr
                    %d,%s,%s
                    """.formatted(account, date, amount));
        };
    }

    /** A page form redirects when it saved and shows itself again (200) with the errors when it refused. */
    private static int formAnswer(int status) {
        return switch (status) {
            case 302 -> 201;
            case 200 -> 422;
            default -> status;
        };
    }

    /** A JSON value: numbers as they are (even 1e400), anything else as a string. */
    private static String json(String value) {
        return value.matches("-?[0-9][0-9.e]*") ? value : "\"" + value + "\"";
    }

    private static String month(String date) {
        return withinDate(date) ? YearMonth.from(LocalDate.parse(date)).toString() : date;
    }

    private int win(long account, String mrr, String day) throws Exception {
        var opened = mvc.perform(post("/api/v1/deals")
                        .with(user(users.signedIn(TestUsers.FIELD_SALES_MEMBER)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"accountId":%d,"name":"jqwik","type":"NEW","amount":1000,"mrr":100,"term":"MONTHLY",
                                 "expectedCloseOn":"2026-06-30"}""".formatted(account)))
                .andReturn()
                .getResponse();
        assertThat(opened.getStatus()).isEqualTo(201);
        long deal = ((Number)
                        com.jayway.jsonpath.JsonPath.read(opened.getContentAsString(StandardCharsets.UTF_8), "$.id"))
                .longValue();
        String win = """
                {"reasonCode":"FIT","comment":"jqwik","mrr":%s,"term":"MONTHLY","contractStart":%s,"version":0}""";
        return send(post("/api/v1/deals/" + deal + "/win"), TestUsers.FIELD_SALES_MEMBER, win.formatted(mrr, day));
    }

    private int send(MockHttpServletRequestBuilder request, String email, String body) throws Exception {
        return mvc.perform(request.with(user(users.signedIn(email)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private int upload(String format, String csv) throws Exception {
        return mvc.perform(multipart("/api/v1/imports")
                        .file(new MockMultipartFile(
                                "file", "extreme.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("format", format)
                        .with(user(users.signedIn(TestUsers.ADMIN))))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
