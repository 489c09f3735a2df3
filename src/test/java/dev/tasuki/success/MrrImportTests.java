package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.platform.ImportError;

/**
 * MRR levels from CSV files as offices save them: bad rows reported by line and column, nothing applied unless the user
 * asks for the good rows, Japanese encodings read right.
 */
@IntegrationTest
@Import(SuccessFixtures.class)
class MrrImportTests {

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    MrrImport imports;

    @Autowired
    Mrr mrr;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvcTester mvc;

    private ImportResult run(String csv, boolean applyValidRows) {
        return imports.run(csv.getBytes(StandardCharsets.UTF_8), applyValidRows, users.signedIn(TestUsers.ADMIN));
    }

    private String fileWithBadRows(Account first, Account second) {
        return """
                account,date,mrr
                %d,2026-04-01,"120,000"
                株式会社どこにもない商事,2026-04-01,50000
                %d,2026/05/01,60000
                %d,2026-06-01,たくさん
                "%s",2026-04-01,"￥80,000"
                """.formatted(first.id(), second.id(), second.id(), second.name());
    }

    @Test
    void badRowsAreReportedByLineAndColumnAndNothingIsApplied() {
        Account first = fixtures.account("株式会社取込一");
        Account second = fixtures.account("株式会社取込二");

        ImportResult result = run(fileWithBadRows(first, second), false);

        assertThat(result.status()).isEqualTo(ImportResult.Status.REJECTED);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.created()).isZero();
        assertThat(result.errors())
                .extracting(ImportError::line, ImportError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "account"),
                        org.assertj.core.groups.Tuple.tuple(4, "date"),
                        org.assertj.core.groups.Tuple.tuple(5, "mrr"));
        assertThat(result.errors().get(0).message()).contains("株式会社どこにもない商事");
        assertThat(mrr.of(first.id()).levels())
                .as("nothing of a file with errors")
                .isEmpty();
        assertThat(mrr.of(second.id()).levels()).isEmpty();
    }

    @Test
    void applyValidRowsAppliesOnlyTheGoodRows() {
        Account first = fixtures.account("株式会社部分取込一");
        Account second = fixtures.account("株式会社部分取込二");

        ImportResult result = run(fileWithBadRows(first, second), true);

        assertThat(result.status()).isEqualTo(ImportResult.Status.APPLIED);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(result.errors()).hasSize(3);
        assertThat(mrr.of(first.id()).levels()).singleElement().satisfies(level -> {
            assertThat(level.mrr()).isEqualTo(120_000);
            assertThat(level.source()).isEqualTo(MrrSource.IMPORT);
        });
        assertThat(mrr.of(second.id()).levels())
                .singleElement()
                .satisfies(level -> assertThat(level.mrr()).isEqualTo(80_000));
        assertThat(mrr.of(second.id()).movements())
                .extracting(MrrMovement::kind)
                .containsExactly(MovementKind.NEW);
    }

    @Test
    void aSecondImportCountsWhatItUpdatedAndWhatWasUnchanged() {
        Account account = fixtures.account("株式会社再取込");
        String csv =
                "account,date,mrr\n%d,2026-01-01,100000\n%d,2026-02-01,150000\n".formatted(account.id(), account.id());
        assertThat(run(csv, false).created()).isEqualTo(2);

        ImportResult again = run(
                "account,date,mrr\n%d,2026-01-01,100000\n%d,2026-02-01,140000\n%d,2026-03-01,0\n"
                        .formatted(account.id(), account.id(), account.id()),
                false);
        assertThat(again.status()).isEqualTo(ImportResult.Status.APPLIED);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.created()).isEqualTo(1);
        // 0 → 100,000: NEW; 100,000 → 140,000: EXPANSION; 140,000 → 0: CHURN
        assertThat(mrr.of(account.id()).movements())
                .extracting(MrrMovement::kind)
                .containsExactly(MovementKind.NEW, MovementKind.EXPANSION, MovementKind.CHURN);
    }

    @Test
    void aWindows31jFileWithCircledKabushikiIsReadRight() {
        Account account = fixtures.accountNamed("㈱髙橋製作所 " + System.nanoTime());
        byte[] file = ("account,date,mrr\r\n" + account.name() + ",2026-04-01,\"\\98,000\"\r\n")
                .getBytes(Charset.forName("windows-31j"));

        ImportResult result = imports.run(file, false, users.signedIn(TestUsers.ADMIN));

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(mrr.of(account.id()).levels()).singleElement().satisfies(level -> {
            assertThat(level.effectiveOn()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(level.mrr()).isEqualTo(98_000);
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheHeader() {
        Account account = fixtures.account("株式会社BOM付き");
        byte[] text = ("account,date,mrr\n" + account.name() + ",2026-04-01,45000\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);

        ImportResult result = imports.run(file, false, users.signedIn(TestUsers.ADMIN));

        assertThat(result.errors()).isEmpty();
        assertThat(mrr.of(account.id()).mrr()).isEqualTo(45_000);
    }

    @Test
    void aMissingColumnIsAnErrorOfTheHeaderLineAndADuplicateDayIsAnErrorOfItsLine() {
        ImportResult missing = run("account,day,mrr\n1,2026-04-01,100\n", false);
        assertThat(missing.status()).isEqualTo(ImportResult.Status.REJECTED);
        assertThat(missing.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo("date");
        });

        Account unquoted = fixtures.account("株式会社引用符なし");
        ImportResult comma = run("account,date,mrr\n%d,2026-04-01,120,000\n".formatted(unquoted.id()), false);
        assertThat(comma.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("mrr");
            assertThat(error.message()).contains("\"120,000\"");
        });

        Account account = fixtures.account("株式会社重複日");
        ImportResult twice = run(
                "account,date,mrr\n%d,2026-04-01,100\n\n%d,2026-04-01,200\n".formatted(account.id(), account.id()),
                false);
        assertThat(twice.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).as("the blank line counts").isEqualTo(4);
            assertThat(error.message()).contains("2");
        });
    }

    @Test
    void onlyAdminsAndCustomerSuccessManagersImport() {
        assertThatThrownBy(() -> imports.run(
                        "account,date,mrr\n".getBytes(StandardCharsets.UTF_8),
                        false,
                        users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER)))
                .isInstanceOf(SuccessRuleBroken.class);
    }

    @Test
    void theApiAnswersTheResultWithErrorsInTheCallersLanguage() {
        Account first = fixtures.account("株式会社API取込一");
        Account second = fixtures.account("株式会社API取込二");
        MockMultipartFile file = new MockMultipartFile(
                "file", "mrr.csv", "text/csv", fileWithBadRows(first, second).getBytes(StandardCharsets.UTF_8));

        MvcTestResult rejected = mvc.post()
                .uri("/api/v1/imports?format=mrr")
                .multipart()
                .file(file)
                .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                .header("Accept-Language", "ja")
                .exchange();
        assertThat(rejected).hasStatus(422);
        assertThat(rejected).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
        assertThat(rejected).bodyJson().extractingPath("$.id").isNull();
        assertThat(rejected).bodyJson().extractingPath("$.rejected").isEqualTo(3);
        assertThat(rejected).bodyJson().extractingPath("$.errors[1].line").isEqualTo(4);
        assertThat(rejected).bodyJson().extractingPath("$.errors[1].column").isEqualTo("date");
        assertThat(rejected)
                .bodyJson()
                .extractingPath("$.errors[1].message")
                .asString()
                .contains("2026-04-01 の形式");

        MvcTestResult applied = mvc.post()
                .uri("/api/v1/imports?format=mrr&applyValidRows=true")
                .multipart()
                .file(file)
                .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                .header("Accept-Language", "en")
                .exchange();
        assertThat(applied).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("APPLIED");
        assertThat(applied).bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(applied)
                .bodyJson()
                .extractingPath("$.errors[1].message")
                .asString()
                .contains("Write it as 2026-04-01");

        MvcTestResult member = mvc.post()
                .uri("/api/v1/imports?format=mrr")
                .multipart()
                .file(file)
                .with(httpBasic(TestUsers.CUSTOMER_SUCCESS_MEMBER, TestUsers.PASSWORD))
                .exchange();
        assertThat(member).hasStatus(403);
    }
}
