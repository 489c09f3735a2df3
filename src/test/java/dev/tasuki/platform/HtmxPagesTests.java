package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

/** Every list that htmx updates in place answers htmx with a fragment and a browser with the page, both marked Vary. */
@IntegrationTest
class HtmxPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestUsers users;

    @ParameterizedTest
    @ValueSource(strings = {"/accounts", "/contacts", "/leads", "/customers", "/customers/at-risk"})
    void htmxGetsAFragmentABrowserThePageAndBothVary(String path) {
        var page = mvc.get()
                .uri(path)
                .with(user(users.signedIn(TestUsers.EXECUTIVE)))
                .exchange();
        assertThat(page).hasStatusOk().hasHeader("Vary", "HX-Request");
        assertThat(page).bodyText().contains("<html");

        var fragment = mvc.get()
                .uri(path)
                .with(user(users.signedIn(TestUsers.EXECUTIVE)))
                .header("HX-Request", "true")
                .exchange();
        assertThat(fragment).hasStatusOk().hasHeader("Vary", "HX-Request");
        assertThat(fragment).bodyText().isNotBlank().doesNotContain("<html", "<head");

        var restore = mvc.get()
                .uri(path)
                .with(user(users.signedIn(TestUsers.EXECUTIVE)))
                .header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true")
                .exchange();
        assertThat(restore).bodyText().contains("<html");
    }
}
