package dev.tasuki.exchange.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.CorsFilter;

import dev.tasuki.exchange.internal.CaptureOrigins;

/**
 * CORS of the lead-capture endpoint, and of nothing else: a filter on its path only, before Spring Security, because a
 * preflight carries no credentials and is answered here (200 with the form's origins, or 403) without reaching it.
 */
@Configuration(proxyBeanMethods = false)
class CaptureCors {

    @Bean
    FilterRegistrationBean<CorsFilter> captureCorsFilter(CaptureOrigins origins) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(origins));
        registration.addUrlPatterns(CaptureOrigins.PATH + "*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
