package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;

/**
 * Error pages as a real server renders them (MockMvc does not dispatch to /error). It shares the browser tests' server;
 * it needs no browser itself.
 */
@BrowserTest
class ErrorPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private HttpClient signedIn(String email) throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(get("/login", "ja"), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "email=" + email + "&password=" + TestUsers.PASSWORD + "&_csrf=" + csrf.group(1);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
        return client;
    }

    private HttpRequest get(String path, String language) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .header("Accept", "text/html")
                .build();
    }

    @Test
    void forbiddenAndNotFoundPagesSpeakTheUsersLanguage() throws Exception {
        HttpClient member = signedIn(TestUsers.MARKETING_MEMBER);

        HttpResponse<String> forbidden = member.send(get("/admin/users", "ja"), HttpResponse.BodyHandlers.ofString());
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("このページを表示する権限がありません。");

        HttpResponse<String> missing = member.send(get("/no-such-page", "en-US"), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body())
                .contains("The page you are looking for does not exist.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void theApiAnswersProblemJsonForAnUnknownPathAndATooLargeUpload() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((TestUsers.ADMIN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unknown = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                        .header("Authorization", basic)
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body())
                .contains("\"status\":404", "\"title\":\"Not found\"", "\"instance\":\"/api/v1/no-such-thing\"")
                .doesNotContain("timestamp");

        // 101 MB of a file: over the 100 MB an upload may be
        long size = 101L * 1024 * 1024;
        String boundary = "tasuki-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = client.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/imports?format=hubspot-contacts"))
                        .header("Authorization", basic)
                        .header("Accept-Language", "ja")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                                        new java.io.ByteArrayInputStream(head),
                                        new ZeroStream(size),
                                        new java.io.ByteArrayInputStream(tail))))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooLarge.body()).contains("\"status\":413", "100 MB");
    }

    /** So many zero bytes, without holding them. */
    private static final class ZeroStream extends java.io.InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }
}
