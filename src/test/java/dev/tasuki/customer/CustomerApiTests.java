package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

@IntegrationTest
class CustomerApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    TestUsers users;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "ja");
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        assertThat(mvc.get().uri("/api/v1/accounts").exchange())
                .hasStatus(401)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.post()
                        .uri("/api/v1/activities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .exchange())
                .hasStatus(401);
    }

    @Test
    void accountsAreCreatedReadSearchedAndEdited() throws Exception {
        String name = "API株式会社" + unique();
        var smuggled = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/api/v1/accounts"))
                .content("""
                {"name": "%s", "createdBy": 1, "createdAt": "2000-01-01T00:00:00Z"}
                """.formatted(name))
                .exchange();
        assertThat(smuggled)
                .as("fields nobody may set are refused, not silently taken")
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("createdBy");
        var created = as(TestUsers.FIELD_SALES_MEMBER, mvc.post().uri("/api/v1/accounts"))
                .content("""
                {"name": "%s", "domain": "https://www.%s.example.jp", "industry": "LOGISTICS", "segment": "ENTERPRISE",
                 "employeeBand": "B1000_PLUS"}
                """.formatted(name, unique()))
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.name").isEqualTo(name);
        Account account = accounts.search(new AccountSearch(name, null, null, null, null, null, 0, 1))
                .items()
                .get(0);
        assertThat(created).hasHeader("Location", "/api/v1/accounts/" + account.id());
        assertThat(account.createdBy())
                .isEqualTo(users.signedIn(TestUsers.FIELD_SALES_MEMBER).id());

        var page = as(
                        TestUsers.EXECUTIVE,
                        mvc.get()
                                .uri("/api/v1/accounts")
                                .param("q", name)
                                .param("industry", "LOGISTICS")
                                .param("sort", "-createdAt"))
                .exchange();
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(page).bodyJson().extractingPath("$.size").isEqualTo(25);
        assertThat(page).bodyJson().extractingPath("$.page").isEqualTo(0);
        assertThat(page).bodyJson().extractingPath("$.items[0].id").isEqualTo((int) account.id());

        var edited = as(TestUsers.FIELD_SALES_MEMBER, mvc.put().uri("/api/v1/accounts/" + account.id()))
                .content("""
                {"name": "%s（改）", "industry": "LOGISTICS", "ownerId": %d, "version": 0}
                """.formatted(name, account.ownerId()))
                .exchange();
        assertThat(edited).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);

        var stale = as(TestUsers.FIELD_SALES_MEMBER, mvc.put().uri("/api/v1/accounts/" + account.id()))
                .content("""
                {"name": "古い版", "ownerId": %d, "version": 0}
                """.formatted(account.ownerId()))
                .exchange();
        assertThat(stale).hasStatus(409).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(stale).bodyJson().extractingPath("$.title").isEqualTo("競合しています");
        assertThat(accounts.get(account.id()).name()).isEqualTo(name + "（改）");

        assertThat(as(TestUsers.FIELD_SALES_MEMBER, mvc.put().uri("/api/v1/accounts/" + account.id()))
                        .content("""
                {"name": "版なし", "ownerId": %d}
                """.formatted(account.ownerId()))
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("version");
        assertThat(as(TestUsers.EXECUTIVE, mvc.get().uri("/api/v1/accounts/" + account.id() + "/timeline"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].kind")
                .isEqualTo("ACCOUNT_CREATED");
    }

    @Test
    void invalidFieldsAnswer400ListingEachFieldInTheCallersLanguage() {
        var invalid = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/accounts"))
                .content("""
                {"name": " ", "phone": "電話"}
                """)
                .exchange();
        assertThat(invalid).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(invalid).bodyJson().extractingPath("$.detail").isEqualTo("入力内容に誤りがあります。errors を確認してください。");
        assertThat(invalid)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("name", "phone");
        assertThat(invalid).bodyText().contains("空白は許可されていません");

        var english = mvc.post()
                .uri("/api/v1/contacts")
                .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content("""
                        {"email": "nope"}
                        """)
                .exchange();
        assertThat(english)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("email");
        assertThat(english).bodyJson().extractingPath("$.title").isEqualTo("Bad request");
    }

    @Test
    void unknownEnumValuesAnswer400NamingTheAllowedValues() {
        var body = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/accounts"))
                .content("""
                {"name": "列挙", "industry": "MINING"}
                """)
                .exchange();
        assertThat(body)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("industry", "MINING", "IT_SOFTWARE", "PUBLIC_SECTOR");

        var query = as(
                        TestUsers.MARKETING_MEMBER,
                        mvc.get().uri("/api/v1/accounts").param("segment", "HUGE"))
                .exchange();
        assertThat(query)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("segment", "HUGE", "MID_MARKET");

        assertThat(as(
                                TestUsers.MARKETING_MEMBER,
                                mvc.get().uri("/api/v1/accounts").param("size", "201"))
                        .exchange())
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("size");
        assertThat(as(
                                TestUsers.MARKETING_MEMBER,
                                mvc.get()
                                        .uri("/api/v1/accounts")
                                        .param("size", "200")
                                        .param("sort", "name;drop table account"))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.size")
                .isEqualTo(200);
    }

    @Test
    void contactsAndActivitiesThroughTheApi() throws Exception {
        String email = "api-" + unique() + "@example.com";
        var contact = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/contacts"))
                .content("""
                {"familyName": "木村", "givenName": "拓也", "email": "%s"}
                """.formatted(email.toUpperCase()))
                .exchange();
        assertThat(contact).hasStatus(201).bodyJson().extractingPath("$.email").isEqualTo(email);
        assertThat(contact).bodyJson().extractingPath("$.name.familyName").isEqualTo("木村");

        var duplicate = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/contacts"))
                .content("""
                {"familyName": "重複", "email": "%s"}
                """.formatted(email))
                .exchange();
        assertThat(duplicate)
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("木村 拓也");
        assertThat(as(
                                TestUsers.INSIDE_SALES_MEMBER,
                                mvc.get().uri("/api/v1/contacts").param("q", email))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);

        var lead = as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/leads"))
                .content("""
                {"familyName": "森", "email": "activity-%s@example.com", "source": "INQUIRY"}
                """.formatted(unique()))
                .exchange();
        assertThat(lead).hasStatus(201);
        long leadId = ((Number) com.jayway.jsonpath.JsonPath.read(
                        lead.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.id"))
                .longValue();
        var logged = as(TestUsers.INSIDE_SALES_MEMBER, mvc.post().uri("/api/v1/activities"))
                .content("""
                {"leadId": %d, "kind": "CALL", "subject": "初回架電"}
                """.formatted(leadId))
                .exchange();
        assertThat(logged)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.byDepartment")
                .isEqualTo("INSIDE_SALES");
        assertThat(as(TestUsers.EXECUTIVE, mvc.get().uri("/api/v1/activities").param("leadId", String.valueOf(leadId)))
                        .exchange())
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].subject")
                .isEqualTo("初回架電");
        assertThat(as(TestUsers.EXECUTIVE, mvc.get().uri("/api/v1/activities")).exchange())
                .hasStatus(400);
        assertThat(as(TestUsers.EXECUTIVE, mvc.post().uri("/api/v1/activities"))
                        .content("""
                {"leadId": 1, "kind": "NOTE", "subject": "経営層"}
                """)
                        .exchange())
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("経営層");
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.post().uri("/api/v1/activities"))
                        .content("""
                {"kind": "NOTE", "subject": "どこにも"}
                """)
                        .exchange())
                .hasStatus(422);
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/api/v1/contacts/987654321"))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void theOpenApiDocumentListsTheCustomerEndpoints() {
        var docs = mvc.get()
                .uri("/v3/api-docs")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        users.signedIn(TestUsers.MARKETING_MEMBER)))
                .exchange();
        assertThat(docs)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths['/api/v1/accounts'].get")
                .isNotNull();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/accounts/{id}'].put")
                .isNotNull();
        assertThat(docs)
                .bodyJson()
                .extractingPath("$.paths['/api/v1/activities'].post")
                .isNotNull();
    }
}
