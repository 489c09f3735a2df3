package dev.tasuki.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.healthcheck.internal.AssessmentResults;

/**
 * The health check's pages and API: who may start, answer and close, answers saved through htmx, the result page, the
 * exports read back, and bad input that changes nothing.
 */
@IntegrationTest
class HealthCheckPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Autowired
    AssessmentResults results;

    private MockMvcRequestBuilder as(String email, MockMvcRequestBuilder request) {
        return request.with(user(users.signedIn(email))).with(csrf()).header("Accept-Language", "ja");
    }

    private long start(String email, String title) {
        MvcTestResult started =
                as(email, mvc.post().uri("/healthcheck").param("title", title)).exchange();
        assertThat(started).hasStatus3xxRedirection();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).matches("/healthcheck/\\d+/sheet");
        return Long.parseLong(location.replaceAll("\\D", ""));
    }

    private MvcTestResult answer(String email, long id, String item, String rating, String remark) {
        return as(
                        email,
                        mvc.post()
                                .uri("/healthcheck/" + id + "/answers/" + item)
                                .header("HX-Request", "true")
                                .param("rating", rating)
                                .param("remark", remark))
                .exchange();
    }

    @Test
    void aManagerStartsAssessorsAnswerThroughHtmxAndTheStarterAloneCloses() {
        String title = "ページ試験 " + UUID.randomUUID();
        long id = start(TestUsers.MARKETING_MANAGER, title);

        assertThat(as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/healthcheck/" + id + "/sheet"))
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("回答: " + title)
                .contains("部門間の連携体制が整っている")
                .contains("回答済み 0 / 30 項目")
                .contains("hx-post=\"/healthcheck/" + id + "/answers/ORG-3\"")
                .contains("name=\"_csrf\"");

        MvcTestResult saved = answer(TestUsers.MARKETING_MANAGER, id, "ORG-3", "GOOD", "週次で連携している");
        assertThat(saved)
                .hasStatusOk()
                .bodyText()
                .startsWith("<tr")
                .contains("保存しました")
                .contains("週次で連携している")
                .doesNotContain("<html");
        // a member of another department answers too; a changed answer replaces the earlier one
        answer(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "PARTIAL", "");
        answer(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "POOR", "商談の質の話ばかり");
        assertThat(results.of(id).scorecard().item("ORG-3").orElseThrow().answers())
                .hasSize(2);
        // a remark without a rating is refused in the row, and nothing is saved
        assertThat(answer(TestUsers.FIELD_SALES_MEMBER, id, "KPI-1", "", "メモ"))
                .hasStatusOk()
                .bodyText()
                .contains("○・△・×・わからないのいずれかを選んでください");
        assertThat(results.of(id).scorecard().item("KPI-1").orElseThrow().answers())
                .isEmpty();

        MvcTestResult page = as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/healthcheck/" + id))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("部門間で認識にずれ") // ○ from Marketing, × from Field Sales
                .contains("data-healthcheck-chart=")
                .contains("/js/healthcheck-charts.js")
                .contains("部門横断的なコミュニケーションの促進") // ORG-3's remedy, among the priorities
                .contains("data-item=\"ORG-3\" data-rank=\"1\"")
                .contains("まだ利用できません: NPS調査") // CX-2 awaits surveys; KPI-2 comes from the targets
                .doesNotContain("<script>");

        // only the starter closes, and only at the version read
        int version = results.of(id).assessment().version();
        as(TestUsers.EXECUTIVE, mvc.post().uri("/healthcheck/" + id + "/close").param("version", "" + version))
                .exchange();
        assertThat(results.of(id).assessment().open()).isTrue();
        MvcTestResult stale = as(
                        TestUsers.MARKETING_MANAGER,
                        mvc.post().uri("/healthcheck/" + id + "/close").param("version", "" + (version + 1)))
                .exchange();
        assertThat(stale).flash().containsEntry("alertText", "他の人が先に変更しました。画面を読み込み直してからもう一度お試しください。");
        assertThat(results.of(id).assessment().open()).isTrue();
        as(
                        TestUsers.MARKETING_MANAGER,
                        mvc.post().uri("/healthcheck/" + id + "/close").param("version", "" + version))
                .exchange();
        assertThat(results.of(id).assessment().open()).isFalse();
        // the evidence is kept as it was at closing
        assertThat(results.of(id).evidence()).containsKeys("ORG-1", "TOOL-2", "KPI-2", "CX-2");

        assertThat(answer(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "GOOD", ""))
                .bodyText()
                .contains("この評価は締め切られています");
        assertThat(results.of(id)
                        .scorecard()
                        .item("ORG-3")
                        .orElseThrow()
                        .score()
                        .percent())
                .isEqualTo(50);
    }

    @Test
    void membersMayAnswerButNotStartAndUnknownItemsAreNotFound() {
        int before = results.all().size();
        MvcTestResult refused = as(
                        TestUsers.MARKETING_MEMBER,
                        mvc.post().uri("/healthcheck").param("title", "member"))
                .exchange();
        assertThat(refused).flash().containsEntry("alertText", "この操作はマネージャー・経営層・管理者だけが行えます。");
        assertThat(results.all()).hasSize(before);

        long id = start(TestUsers.EXECUTIVE, "経営層の評価 " + UUID.randomUUID());
        assertThat(answer(TestUsers.MARKETING_MEMBER, id, "NOPE-1", "GOOD", "")).hasStatus(404);
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/healthcheck/" + id))
                        .exchange())
                .hasStatusOk();
        // exports are for the people who lead the check
        assertThat(as(TestUsers.MARKETING_MEMBER, mvc.get().uri("/healthcheck/" + id + "/export.xlsx"))
                        .exchange())
                .hasStatus(403);
    }

    @Test
    void theExcelExportHoldsEveryItemAndEveryAssessorsRatingInTheSheetsLayout() throws IOException {
        long id = start(TestUsers.MARKETING_MANAGER, "Excel試験 " + UUID.randomUUID());
        answer(TestUsers.MARKETING_MANAGER, id, "ORG-1", "GOOD", "4部門あり");
        answer(TestUsers.MARKETING_MANAGER, id, "KPI-2", "UNKNOWN", "");
        answer(TestUsers.FIELD_SALES_MEMBER, id, "ORG-1", "PARTIAL", "=HYPERLINK(\"x\")");

        MvcTestResult excel = as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/healthcheck/" + id + "/export.xlsx"))
                .exchange();
        assertThat(excel)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            // a header and the 30 items
            assertThat(rows).hasSize(31);
            assertThat(rows.get(0))
                    .containsExactly(
                            "カテゴリ",
                            "チェック項目",
                            "評価: 佐藤 美咲 (マーケティング)",
                            "備考: 佐藤 美咲 (マーケティング)",
                            "評価: 加藤 結衣 (フィールドセールス)",
                            "備考: 加藤 結衣 (フィールドセールス)",
                            "スコア");
            assertThat(rows.get(1))
                    .containsExactly(
                            "1. 組織体制",
                            "マーケティング、インサイドセールス、フィールドセールス、カスタマーサクセスの4部門が明確に分かれている",
                            "○",
                            "4部門あり",
                            "△",
                            // a remark that is a formula to a spreadsheet stays text, as in the CSV and the lists
                            "'=HYPERLINK(\"x\")",
                            "75 %"); // (2 + 1) / 4
            assertThat(rows.get(5).subList(0, 5))
                    .containsExactly("2. KPIの設定と管理", "KPIが部門間で連動している（前部門のゴールが次部門の母数になっている）", "わからない", "", "");
            assertThat(rows.get(30).get(1)).isEqualTo("必要なリソース（人員、予算、ツール）が適切に配分されている");
            assertThat(rows.stream().skip(1).map(r -> r.get(1)).distinct()).hasSize(30);
        }

        MvcTestResult csv = as(TestUsers.MARKETING_MANAGER, mvc.get().uri("/healthcheck/" + id + "/export.csv"))
                .exchange();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String body = new String(bytes, StandardCharsets.UTF_8);
        assertThat(body)
                .contains("1. 組織体制,マーケティング、インサイドセールス")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .hasLineCount(31);
    }

    @Test
    void theApiCreatesAnswersClosesAndReturnsScoresEvidenceAndPriorities() {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/healthcheck/assessments")
                .with(httpBasic(TestUsers.EXECUTIVE, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"API評価\"}")
                .exchange();
        assertThat(created).hasStatus(201);
        long id = Long.parseLong(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                .replaceAll(".*\"id\":(\\d+).*", "$1"));

        assertThat(put(TestUsers.MARKETING_MEMBER, id, "ORG-3", "{\"rating\":\"GOOD\",\"remark\":\"良好\"}"))
                .hasStatusOk();
        assertThat(put(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "{\"rating\":\"POOR\"}"))
                .hasStatusOk();
        assertThat(put(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "{\"rating\":\"BAD\"}"))
                .hasStatus(400);
        assertThat(put(TestUsers.FIELD_SALES_MEMBER, id, "ZZZ-9", "{\"rating\":\"GOOD\"}"))
                .hasStatus(404);

        assertThat(close(TestUsers.MARKETING_MEMBER, id, 0)).hasStatus(403);
        assertThat(close(TestUsers.EXECUTIVE, id, 7)).hasStatus(409);
        assertThat(close(TestUsers.EXECUTIVE, id, 0))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.open")
                .isEqualTo(false);
        assertThat(put(TestUsers.FIELD_SALES_MEMBER, id, "ORG-3", "{\"rating\":\"GOOD\"}"))
                .hasStatus(409);

        MvcTestResult result = mvc.get()
                .uri("/api/v1/healthcheck/assessments/" + id)
                .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD))
                .exchange();
        assertThat(result).hasStatusOk();
        // ○ and ×: (2 + 0) / 4 = 50 %
        assertThat(result).bodyJson().extractingPath("$.overall.percent").isEqualTo(50);
        assertThat(result).bodyJson().extractingPath("$.items[2].code").isEqualTo("ORG-3");
        assertThat(result).bodyJson().extractingPath("$.items[2].disagreement").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.items[4].code").isEqualTo("KPI-2");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[4].evidence.ruleKey")
                .isEqualTo("kpi.evidence.rule.KPI-2");
        assertThat(result).bodyJson().extractingPath("$.priorities[0].itemCode").isEqualTo("ORG-3");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.priorities[0].remedies[0]")
                .isEqualTo("COMMUNICATION");
        assertThat(mvc.get()
                        .uri("/api/v1/healthcheck/items")
                        .with(httpBasic(TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD))
                        .exchange())
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(30);
        assertThat(mvc.get()
                        .uri("/v3/api-docs")
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange())
                .bodyText()
                .contains("/api/v1/healthcheck/assessments/{id}/answers/{itemCode}");
    }

    private MvcTestResult put(String email, long id, String item, String json) {
        return mvc.put()
                .uri("/api/v1/healthcheck/assessments/" + id + "/answers/" + item)
                .with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult close(String email, long id, int version) {
        return mvc.post()
                .uri("/api/v1/healthcheck/assessments/" + id + "/close")
                .with(httpBasic(email, TestUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":" + version + "}")
                .exchange();
    }
}
