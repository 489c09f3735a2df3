package dev.tasuki.exchange.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

import dev.tasuki.exchange.ExchangeRefused;

/**
 * CORS for {@code POST /api/v1/capture/{key}} only, from the form's allowed origins: the website's pages there may post
 * with fetch (JSON, so a preflight), without cookies. A form without origins, or an unknown or switched-off key, has no
 * CORS configuration: no CORS headers, so a browser keeps the answer from another origin's script, while a plain HTML
 * form post (no preflight, the answer never read by script) still works as before. Once a form lists origins, a post
 * from any other origin is refused (403) before it is read.
 */
@Component
public class CaptureOrigins implements CorsConfigurationSource {

    public static final String PATH = "/api/v1/capture/";

    /** The column's size: the origins joined by spaces. */
    private static final int MAX_LENGTH = 2000;

    private final CaptureForms forms;

    CaptureOrigins(CaptureForms forms) {
        this.forms = forms;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(PATH)) {
            return null;
        }
        return forms.byKey(path.substring(PATH.length()))
                .filter(CaptureForm::active)
                .filter(form -> !form.allowedOrigins().isEmpty())
                .map(CaptureOrigins::configuration)
                .orElse(null);
    }

    private static CorsConfiguration configuration(CaptureForm form) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(form.allowedOrigins());
        cors.setAllowedMethods(List.of("POST"));
        cors.setAllowedHeaders(List.of("Content-Type"));
        cors.setMaxAge(Duration.ofHours(1));
        return cors;
    }

    /**
     * The origins in an admin's text (separated by spaces, commas or lines), as a browser sends them in its Origin
     * header: {@code scheme://host[:port]} in lower case, http or https, the default port left out, no path. A wildcard
     * is refused: each website is named.
     */
    static List<String> parse(String text) {
        Set<String> origins = new LinkedHashSet<>();
        for (String value : (text == null ? "" : text.strip()).split("[\\s,]+")) {
            if (!value.isEmpty()) {
                origins.add(origin(value.endsWith("/") ? value.substring(0, value.length() - 1) : value));
            }
        }
        if (String.join(" ", origins).length() > MAX_LENGTH) {
            throw ExchangeRefused.captureOrigin(text.strip().substring(0, 40) + "…");
        }
        return List.copyOf(origins);
    }

    private static String origin(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            if (!(scheme.equals("http") || scheme.equals("https")) || !bare) {
                throw ExchangeRefused.captureOrigin(value);
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException unreadable) {
            throw ExchangeRefused.captureOrigin(value);
        }
    }
}
