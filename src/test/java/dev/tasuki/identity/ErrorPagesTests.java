package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
