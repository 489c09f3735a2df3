package dev.tasuki.identity.internal;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;

/**
 * Signs in an API call that carries "Authorization: Bearer tsk_...". A token that is unknown, revoked or belongs to a
 * deactivated user is answered with 401 at once; a good one marks its user as seen.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final Users users;
    private final UserDetailsService userDetails;
    private final AuthenticationEntryPoint entryPoint;
    private final OrganisationClock clock;

    ApiTokenFilter(
            ApiTokens tokens,
            Users users,
            UserDetailsService userDetails,
            AuthenticationEntryPoint entryPoint,
            OrganisationClock clock) {
        this.tokens = tokens;
        this.users = users;
        this.userDetails = userDetails;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var principal = tokens.ownerOf(header.substring(BEARER.length()).strip(), clock.now())
                .flatMap(users::findById)
                .map(account -> userDetails.loadUserByUsername(account.email()));
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new InsufficientAuthenticationException("invalid API token"));
            return;
        }
        if (principal.get() instanceof SignedInUser user) {
            users.markSeen(user.id(), clock.now());
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
