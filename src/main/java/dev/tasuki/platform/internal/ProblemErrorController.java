package dev.tasuki.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What reaches the error page without a handler of ours (an unknown path, an upload over the size limit, a method the
 * path does not take) answers API clients in the API's own form, RFC 9457 problem JSON in their language, instead of
 * Boot's {"timestamp","status","error","path"}. Pages keep the error page.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemErrorController(
            ErrorAttributes attributes,
            WebProperties web,
            List<ErrorViewResolver> resolvers,
            MessageSource messages,
            LocaleResolver locales) {
        super(attributes, web.getError(), resolvers);
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put(
                "title",
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put(
                "detail",
                messages.getMessage("problem.detail." + status.value(), null, status.getReasonPhrase(), locale));
        problem.put("instance", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        return new ResponseEntity<>(problem, headers, status);
    }
}
