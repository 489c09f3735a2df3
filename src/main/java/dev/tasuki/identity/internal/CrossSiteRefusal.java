package dev.tasuki.identity.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Refuses a state-changing API call that a browser made for a page of another site. The API has no CSRF token; a
 * browser that holds HTTP Basic credentials for Tasuki sends them with a cross-origin form post (enctype=text/plain
 * looks like JSON), so such a call would act as the victim. Browsers say where a request comes from (Sec-Fetch-Site,
 * Origin); API clients (curl, integrations) send neither, and a bearer token is never added by a browser on its own, so
 * those calls pass. The lead-capture endpoint is public and has its own CORS rules.
 */
class CrossSiteRefusal extends OncePerRequestFilter {

    static final String CAPTURE = "/api/v1/capture/";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final ProblemResponses problems;

    CrossSiteRefusal(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + CAPTURE)
                || bearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        // Sec-Fetch-Site is the browser's own judgement and holds behind a reverse proxy too; the Origin is compared
        // only for browsers that do not send it (behind a proxy, set server.forward-headers-strategy for that)
        boolean otherSite = site != null
                ? !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))
                : origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
        if (otherSite) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** The origin this request was sent to, as a browser writes it (the port only when it is not the default). */
    private static String ownOrigin(HttpServletRequest request) {
        return UriComponentsBuilder.newInstance()
                .scheme(request.getScheme())
                .host(request.getServerName())
                .port(isDefaultPort(request) ? -1 : request.getServerPort())
                .build()
                .toUriString();
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return "http".equals(request.getScheme()) && port == 80 || "https".equals(request.getScheme()) && port == 443;
    }
}
