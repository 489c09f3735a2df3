package dev.tasuki.platform.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.tasuki.platform.TasukiException;

/**
 * The API's errors as RFC 9457 problem details in the caller's language. Spring's own errors
 * (bad JSON, validation, unsupported method) come localised from messages_*.properties through
 * ResponseEntityExceptionHandler; ours map their kind to 404, 409 or 422.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TasukiException.class)
    ProblemDetail domainFailure(TasukiException failure) {
        HttpStatus status = statusOf(failure);
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(failure.messageKey(), failure.arguments(), failure.messageKey(), locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
        return problem;
    }

    static HttpStatus statusOf(TasukiException failure) {
        return switch (failure.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
