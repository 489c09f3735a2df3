package dev.tasuki.platform.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

import dev.tasuki.platform.Language;
import dev.tasuki.platform.OrganisationClock;

/** The organisation's clock and languages; and scheduled work (webhook delivery, events tried again) runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformConfiguration.PlatformProperties.class)
@EnableScheduling
class PlatformConfiguration {

    @ConfigurationProperties("tasuki")
    record PlatformProperties(ZoneId timeZone) {
        PlatformProperties {
            timeZone = timeZone == null ? ZoneId.of("Asia/Tokyo") : timeZone;
        }
    }

    @Bean
    OrganisationClock organisationClock(PlatformProperties properties) {
        return new OrganisationClock(Clock.system(properties.timeZone()));
    }

    /**
     * The language a user chose (kept in their session, set at sign-in from their settings) wins; otherwise the
     * browser's Accept-Language picks among our languages; otherwise Japanese. Unlike Spring's default this never falls
     * back to the server's own locale.
     */
    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> Language.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .locale());
        return resolver;
    }
}
