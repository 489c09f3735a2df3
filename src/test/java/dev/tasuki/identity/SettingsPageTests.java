package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.tasuki.IntegrationTest;

@IntegrationTest
class SettingsPageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDirectory directory;

    private SignedInUser signedIn(String email) {
        return new SignedInUser(directory.findByEmail(email).orElseThrow(), null);
    }

    @Test
    void showsSettings() {
        var result = mvc.get()
                .uri("/settings")
                .with(user(signedIn("suzuki@tsunagi-cloud.example")))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("API トークン");
    }
}
