package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import dev.tasuki.TasukiApplication;

/** Starting Tasuki for real on an empty database with the demo off. */
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTests {

    /** Starts Tasuki as its run command would, with these command-line arguments on a fresh database. */
    private static ConfigurableApplicationContext start(String database, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--tasuki.demo.enabled=false",
                "--tasuki.test.fresh-database=" + database + "_" + System.nanoTime()));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(TasukiApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void refusesToStartWithoutAnyUserOrBootstrapAdminAndSaysWhy(CapturedOutput output) {
        assertThatThrownBy(() -> start("no_admin").close()).isNotNull();
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("TASUKI_ADMIN_EMAIL")
                .contains("TASUKI_ADMIN_PASSWORD");
    }

    @Test
    void createsTheFirstAdminFromTheEnvironmentWhoCanSignIn() throws Exception {
        try (ConfigurableApplicationContext tasuki = start(
                "with_admin",
                "--tasuki.admin.email= Boss@Example.COM ",
                "--tasuki.admin.password=first-admin-password")) {
            var everyone = tasuki.getBean(UserDirectory.class).all();
            assertThat(everyone).singleElement().satisfies(admin -> {
                assertThat(admin.email()).isEqualTo("boss@example.com");
                assertThat(admin.role()).isEqualTo(Role.ADMIN);
                assertThat(admin.department()).isNull();
            });
            var signedIn = tasuki.getBean(AuthenticationManager.class)
                    .authenticate(new UsernamePasswordAuthenticationToken("boss@example.com", "first-admin-password"));
            assertThat(signedIn.isAuthenticated()).isTrue();

            String port = tasuki.getEnvironment().getProperty("local.server.port");
            String signInPage = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertThat(signInPage)
                    .as("no demo users are offered with the demo off")
                    .contains("name=\"email\"")
                    .doesNotContain("demo-users");
        }
    }
}
