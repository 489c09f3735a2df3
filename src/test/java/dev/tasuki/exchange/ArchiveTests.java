package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TasukiApplication;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;

/**
 * The tasuki format: the demo organisation (this context's own database) exported, imported into a second Tasuki on an
 * empty database of its own (demo off, only its first admin), and exported from there again, byte for byte the same.
 * The second Tasuki is empty until the round trip, so the bad files go to it first (the methods' order).
 */
@IntegrationTest
@TestPropertySource(properties = "tasuki.test.fresh-database=archive_a")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveTests {

    private static final String SECOND_ADMIN = "first-admin@example.com";
    private static final String SECOND_PASSWORD = "first-admin-password";

    private static ConfigurableApplicationContext second;
    private static MockMvcTester secondMvc;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void startAnEmptyTasuki() {
        second = new SpringApplicationBuilder(TasukiApplication.class)
                .run(
                        "--server.port=0",
                        "--tasuki.demo.enabled=false",
                        "--tasuki.test.fresh-database=archive_b",
                        "--tasuki.admin.email=" + SECOND_ADMIN,
                        "--tasuki.admin.password=" + SECOND_PASSWORD);
        // set up as @AutoConfigureMockMvc sets up the first: the application's filters (the one that versions the
        // webjars' links among them) and Spring Security's test support
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup((WebApplicationContext) second);
        new SpringBootMockMvcBuilderCustomizer((WebApplicationContext) second).customize(builder);
        secondMvc = MockMvcTester.create(
                builder.apply(SecurityMockMvcConfigurers.springSecurity()).build());
    }

    @AfterAll
    static void stopIt() {
        second.close();
    }

    @Test
    @Order(1)
    void aBrokenFileAppliesNothingAndSaysWhy() throws Exception {
        byte[] demo = export(mvc, admin());
        Map<String, String> emptyBefore = tables(export(secondMvc, secondAdmin(SECOND_ADMIN)));

        // a handoff of a lead the file lacks: the rows before it (users, accounts, leads …) are undone too
        MvcTestResult unknownLead = importInto(
                secondMvc,
                secondAdmin(SECOND_ADMIN),
                change(
                        demo,
                        "handoff.csv",
                        csv -> csv.replaceFirst("\r\n\"(\\d+)\",\"(\\d+)\"", "\r\n\"$1\",\"987654321\"")),
                "en");
        assertThat(unknownLead).hasStatus(422);
        assertThat(error(unknownLead, "column")).isEqualTo("handoff.csv");
        assertThat(error(unknownLead, "message")).startsWith("The rows do not fit together");

        MvcTestResult missing =
                importInto(secondMvc, secondAdmin(SECOND_ADMIN), change(demo, "deal.csv", csv -> null), "ja");
        assertThat(missing).hasStatus(422);
        assertThat(error(missing, "message")).isEqualTo("ファイルに deal.csv がありません。");

        MvcTestResult unknownColumn = importInto(
                secondMvc,
                secondAdmin(SECOND_ADMIN),
                change(demo, "lead.csv", csv -> csv.replaceFirst("\"email\"", "\"e_mail\"")),
                "en");
        assertThat(unknownColumn).hasStatus(422);
        assertThat(error(unknownColumn, "message")).isEqualTo("Unknown column e_mail.");

        MvcTestResult notAZip =
                importInto(secondMvc, secondAdmin(SECOND_ADMIN), "id,name\n".getBytes(StandardCharsets.UTF_8), "en");
        assertThat(notAZip).hasStatus(422);

        assertThat(tables(export(secondMvc, secondAdmin(SECOND_ADMIN))))
                .as("nothing of the bad files was applied")
                .isEqualTo(emptyBefore);
    }

    @Test
    @Order(2)
    void theWholeOrganisationRoundTripsIntoAnEmptyOne() throws Exception {
        byte[] demo = export(mvc, admin());

        MvcTestResult imported = importInto(secondMvc, secondAdmin(SECOND_ADMIN), demo, "en");

        assertThat(imported).hasStatusOk();
        JsonNode report = json.readTree(imported.getResponse().getContentAsString());
        assertThat(report.get("status").asString()).isEqualTo("APPLIED");
        long rows = manifest(demo)
                .get("tables")
                .valueStream()
                .mapToLong(table -> table.get("rows").asLong())
                .sum();
        assertThat(report.get("created").asLong()
                        + report.get("updated").asLong()
                        + report.get("unchanged").asLong())
                .as("the counts are the file's rows")
                .isEqualTo(rows);
        assertThat(report.get("created").asLong()).isGreaterThan(10_000);

        byte[] again = export(secondMvc, secondAdmin(TestUsers.ADMIN));
        assertThat(tables(again)).as("every table, byte for byte").isEqualTo(tables(demo));
        assertThat(manifest(again).get("tables")).isEqualTo(manifest(demo).get("tables"));

        String funnel = "/api/v1/kpi/funnel?from=2026-01-01&to=2026-12-31&groupBy=source";
        assertThat(body(secondMvc, funnel, secondAdmin(TestUsers.ADMIN)))
                .as("the KPI read models were rebuilt")
                .isEqualTo(body(mvc, funnel, admin()));
        String lead = "/leads/" + firstId(demo, "lead.csv");
        assertThat(withoutTokens(body(secondMvc, lead, secondAdmin(TestUsers.ADMIN))))
                .isEqualTo(withoutTokens(body(mvc, lead, admin())));

        MvcTestResult signIn = secondMvc
                .post()
                .uri("/login")
                .param("email", TestUsers.ADMIN)
                .param("password", TestUsers.PASSWORD)
                .with(csrf())
                .exchange();
        assertThat(signIn).as("the admin signs in with the old password").hasStatus3xxRedirection();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("error");

        MvcTestResult twice = importInto(secondMvc, secondAdmin(TestUsers.ADMIN), demo, "en");
        assertThat(twice).hasStatusOk();
        JsonNode unchanged = json.readTree(twice.getResponse().getContentAsString());
        assertThat(unchanged.get("unchanged").asLong()).isEqualTo(rows);
        assertThat(unchanged.get("created").asInt() + unchanged.get("updated").asInt())
                .isZero();
    }

    @Test
    @Order(3)
    void theSameFileAgainChangesNothing() throws Exception {
        byte[] demo = export(mvc, admin());

        MvcTestResult again = importInto(mvc, admin(), demo, "en");

        assertThat(again).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPLIED");
        JsonNode report = json.readTree(again.getResponse().getContentAsString());
        assertThat(report.get("created").asInt() + report.get("updated").asInt())
                .isZero();
        assertThat(report.get("unchanged").asInt()).isGreaterThan(10_000);
        assertThat(tables(export(mvc, admin()))).isEqualTo(tables(demo));
    }

    @Test
    @Order(4)
    void anOrganisationWithDataRefusesAnyOtherFile() throws Exception {
        byte[] demo = export(mvc, admin());
        byte[] renamed =
                change(demo, "campaign.csv", csv -> csv.replaceFirst("\r\n\"(\\d+)\",\"[^\"]*\"", "\r\n\"$1\",\"改名\""));

        MvcTestResult refused = importInto(mvc, admin(), renamed, "ja");

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
        assertThat(error(refused, "message")).startsWith("この組織にはすでにデータがあるため");
        assertThat(tables(export(mvc, admin()))).isEqualTo(tables(demo));
    }

    @Test
    @Order(5)
    void onlyAdminsExportTheOrganisation() {
        SignedInUser manager = users.signedIn(TestUsers.MARKETING_MANAGER);
        assertThat(mvc.get()
                        .uri("/api/v1/exports/organisation")
                        .with(user(manager))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/admin/exports/organisation")
                        .with(user(manager))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/imports").with(user(admin())).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("/admin/exports/organisation", "tasuki");
    }

    private SignedInUser admin() {
        return users.signedIn(TestUsers.ADMIN);
    }

    private static SignedInUser secondAdmin(String email) {
        return new SignedInUser(
                second.getBean(UserDirectory.class).findByEmail(email).orElseThrow(), null);
    }

    private static byte[] export(MockMvcTester tasuki, SignedInUser admin) {
        MvcTestResult result = tasuki.get()
                .uri("/api/v1/exports/organisation")
                .with(user(admin))
                .exchange();
        assertThat(result).hasStatusOk().hasContentType("application/zip");
        assertThat(result.getResponse().getHeader("Content-Disposition")).matches(".*tasuki-\\d{8}\\.zip.*");
        return result.getResponse().getContentAsByteArray();
    }

    private static MvcTestResult importInto(MockMvcTester tasuki, SignedInUser admin, byte[] file, String language) {
        return tasuki.post()
                .uri("/api/v1/imports?format=tasuki")
                .multipart()
                .file(new MockMultipartFile("file", "tasuki.zip", "application/zip", file))
                .with(user(admin))
                .header("Accept-Language", language)
                .exchange();
    }

    private static String body(MockMvcTester tasuki, String uri, SignedInUser user) throws Exception {
        MvcTestResult result = tasuki.get()
                .uri(uri)
                .with(user(user))
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A page without what differs from one request to the next (the CSRF token). */
    private static String withoutTokens(String page) {
        return page.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*", "$1")
                .replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1");
    }

    private String error(MvcTestResult result, String field) throws Exception {
        return json.readTree(result.getResponse().getContentAsString())
                .get("errors")
                .get(0)
                .get(field)
                .asString();
    }

    private JsonNode manifest(byte[] zip) throws IOException {
        return json.readTree(entries(zip).get("manifest.json"));
    }

    private static String firstId(byte[] zip, String table) throws IOException {
        String csv = new String(entries(zip).get(table), StandardCharsets.UTF_8);
        return csv.split("\r\n")[1].split("\"")[1];
    }

    /** The table files of a ZIP (the manifest differs in its time). */
    private static Map<String, String> tables(byte[] zip) throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        entries(zip).forEach((name, bytes) -> {
            if (!name.equals("manifest.json")) {
                tables.put(name, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return tables;
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The ZIP with one entry's text changed, or left out when the change gives null. */
    private static byte[] change(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream changed = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries(zip).entrySet()) {
                String text = new String(entry.getValue(), StandardCharsets.UTF_8);
                String now = entry.getKey().equals(name) ? change.apply(text) : text;
                if (now != null) {
                    changed.putNextEntry(new ZipEntry(entry.getKey()));
                    changed.write(now.getBytes(StandardCharsets.UTF_8));
                    changed.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
