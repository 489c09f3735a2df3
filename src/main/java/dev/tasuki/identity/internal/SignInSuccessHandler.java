package dev.tasuki.identity.internal;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

import dev.tasuki.identity.SignedInUser;

/**
 * After sign-in the UI speaks the language the user chose in their settings, if they chose one; otherwise the browser's
 * language keeps deciding.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver locales;

    SignInSuccessHandler(LocaleResolver locales) {
        this.locales = locales;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            user.language().ifPresent(language -> locales.setLocale(request, response, language.locale()));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
