package dev.tasuki.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 4: five contact imports of different files sent at the same moment. They once failed each other (a
 * duplicate key in kpi_lead_funnel, lock timeouts) and the failed ones said "created": 200. Now they queue, one at a
 * time, each waiting one showing its place, and every one is applied.
 */
@IntegrationTest
class ConcurrentImportsTests {

    private static final int IMPORTS = 5;
    private static final int ROWS = 40;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @Test
    void fiveSimultaneousImportsQueueAndAllApply() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> sent = new ArrayList<>();
        for (int i = 0; i < IMPORTS; i++) {
            byte[] file = contacts(i);
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                var answer = mvc.post()
                        .uri("/api/v1/imports?format=hubspot-contacts&async=true")
                        .multipart()
                        .file(new MockMultipartFile("file", "contacts.csv", "text/csv", file))
                        .with(user(users.signedIn(TestUsers.ADMIN)))
                        .exchange();
                assertThat(answer).hasStatus(202);
                return body(answer.getResponse());
            }));
        }
        go.countDown();
        List<String> answers = sent.stream().map(CompletableFuture::join).toList();

        List<Integer> places = new ArrayList<>();
        for (String answer : answers) {
            String status = JsonPath.read(answer, "$.status");
            assertThat(status).isIn("QUEUED", "RUNNING");
            if (status.equals("QUEUED")) {
                places.add(JsonPath.read(answer, "$.queuePosition"));
            }
        }
        assertThat(places)
                .as("those waiting have their own places")
                .doesNotHaveDuplicates()
                .allMatch(place -> place >= 1);
        assertThat(places).as("at most one ran at once").hasSizeGreaterThanOrEqualTo(IMPORTS - 1 - 1);

        for (String answer : answers) {
            long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
            String finished = waitFor(id);
            assertThat((String) JsonPath.read(finished, "$.status"))
                    .as(finished)
                    .isEqualTo("APPLIED");
            assertThat((Integer) JsonPath.read(finished, "$.created")).isEqualTo(ROWS);
        }
    }

    private String waitFor(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            var answer = mvc.get()
                    .uri("/api/v1/imports/" + id)
                    .with(user(users.signedIn(TestUsers.ADMIN)))
                    .exchange();
            String body = body(answer.getResponse());
            String status = JsonPath.read(body, "$.status");
            if (!status.equals("QUEUED") && !status.equals("RUNNING")
                    || Instant.now().isAfter(until)) {
                return body;
            }
            Thread.sleep(200);
        }
    }

    private static byte[] contacts(int file) {
        StringBuilder csv = new StringBuilder("Record ID,First Name,Last Name,Email,Lifecycle Stage,Create Date\n");
        String run = ImportFixtures.unique();
        for (int row = 0; row < ROWS; row++) {
            csv.append("queue-%s-%d-%d,花子,山田%d,queue-%s-%d-%d@example.com,lead,2026-03-02\n"
                    .formatted(run, file, row, row, run, file, row));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String body(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
