package dev.tasuki.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/** The relay through its REST API, as an integration would use it. */
@IntegrationTest
class LeadApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Leads leads;

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ja");
    }

    private long createLead(String email) {
        MvcTestResult created = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads"))
                .content("""
                        {"familyName":"森","givenName":"健","email":"%s","companyName":"株式会社ハヤテ食品","source":"INQUIRY"}
                        """.formatted(email))
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.stage").isEqualTo("LEAD");
        return idOf(created);
    }

    private static long idOf(MvcTestResult result) {
        try {
            return ((Number) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
                    .longValue();
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new AssertionError(impossible);
        }
    }

    private static String unique() {
        return "mori-" + System.nanoTime() + "@hayate.example";
    }

    @Test
    void createsALeadAndRefusesFieldsNobodyMaySet() {
        createLead(unique());
        MvcTestResult smuggled = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads"))
                .content("""
                        {"familyName":"森","email":"%s","source":"INQUIRY","stage":"CUSTOMER"}
                        """.formatted(unique()))
                .exchange();
        assertThat(smuggled).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(smuggled).bodyJson().extractingPath("$.detail").asString().contains("項目「stage」は受け付けていません");
    }

    @Test
    void aLeadNeedsANameOrAnEmailAndAnEmailOnlyOnce() {
        MvcTestResult nobody = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads"))
                .content("{\"companyName\":\"株式会社ハヤテ食品\",\"source\":\"INQUIRY\"}")
                .exchange();
        assertThat(nobody).hasStatus(422).bodyJson().extractingPath("$.detail").isEqualTo("氏名かメールアドレスのどちらかが必要です。");

        String email = unique();
        long first = createLead(email);
        MvcTestResult twice = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads"))
                .content(
                        "{\"familyName\":\"森\",\"email\":\"%s\",\"source\":\"INQUIRY\"}".formatted(email.toUpperCase()))
                .exchange();
        assertThat(twice)
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("ID " + first);
    }

    @Test
    void stageMovesAnswerWithTheRightStatus() {
        long id = createLead(unique());
        int version = leads.get(id).version();

        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads/" + id + "/stage"))
                        .content("{\"to\":\"SQL\",\"version\":" + version + "}")
                        .exchange())
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("「リード」から「SQL」へは移動できません。先に進めるには引き継ぎ（ハンドオフ）を使ってください。");
        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/leads/" + id + "/stage"))
                        .content("{\"to\":\"DISQUALIFIED\",\"version\":" + version + "}")
                        .exchange())
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("ステージ「リード」のリードを変更できるのはマーケティング部門です。");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads/" + id + "/stage"))
                        .content("{\"to\":\"DISQUALIFIED\",\"version\":" + (version + 7) + "}")
                        .exchange())
                .hasStatus(409);
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads/" + id + "/stage"))
                        .content("{\"to\":\"DISQUALIFIED\",\"reason\":\"競合他社\",\"version\":" + version + "}")
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.stage")
                .isEqualTo("DISQUALIFIED");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/api/v1/leads/" + id + "/stages"))
                        .exchange())
                .bodyJson()
                .extractingPath("$[1].reason")
                .isEqualTo("競合他社");
    }

    @Test
    void aHandoffGoesThroughTheQueueByApi() {
        long id = createLead(unique());
        MvcTestResult sent = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads/" + id + "/handoffs"))
                .content("{\"kind\":\"MKT_IS\",\"note\":\"料金ページを3回閲覧\"}")
                .exchange();
        assertThat(sent).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("PENDING");
        long handoff = idOf(sent);

        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.get().uri("/api/v1/handoffs?queue=INSIDE_SALES"))
                        .exchange())
                .bodyJson()
                .extractingPath("$[*].handoff.id")
                .asArray()
                .contains((int) handoff);
        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/handoffs/" + handoff + "/reject"))
                        .content("{\"reasonCode\":\"NO_BUDGET\"}")
                        .exchange())
                .as("a rejection needs a comment")
                .hasStatus(400);
        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/handoffs/" + handoff + "/accept"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("ACCEPTED");
        assertThat(leads.get(id).stage()).isEqualTo(LifecycleStage.SAL);
        assertThat(as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/handoffs/" + handoff + "/accept"))
                        .exchange())
                .hasStatus(409);
    }

    @Test
    void anUnknownSortIsIgnoredNotExecuted() {
        createLead(unique());
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/api/v1/leads?sort=id;drop table lead&q=%';--"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(0);
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/api/v1/leads?sort=id;drop table lead"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .asNumber()
                .satisfies(total -> assertThat(total.longValue()).isPositive());
    }
}
