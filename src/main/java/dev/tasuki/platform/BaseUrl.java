package dev.tasuki.platform;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where users reach Tasuki from outside: links in mail, chat messages and calendar feeds start with it, since a
 * request's own Host header cannot be trusted for them. TASUKI_BASE_URL (tasuki.base-url) when set, else
 * http://localhost and the port the server listens on (read when a link is made, so a random test port counts).
 */
@Component
public class BaseUrl {

    private final Environment environment;

    BaseUrl(Environment environment) {
        this.environment = environment;
        String configured = environment.getProperty("tasuki.base-url", "");
        if (!configured.isBlank() && !configured.startsWith("http://") && !configured.startsWith("https://")) {
            throw new IllegalStateException("tasuki.base-url must be an http or https URL: " + configured);
        }
    }

    public URI value() {
        String configured = environment.getProperty("tasuki.base-url", "");
        if (!configured.isBlank()) {
            return URI.create(configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://localhost:" + port);
    }

    /** The absolute link to a path of ours, such as "/s/abc". */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not a path: " + path);
        }
        return value() + path;
    }
}
