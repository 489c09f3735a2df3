package dev.tasuki.platform.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import dev.tasuki.platform.TasukiException;

/**
 * The API's errors as RFC 9457 problem details in the caller's language. Ours map their kind to 403, 404, 409 or 422.
 * Invalid fields answer 400 with an "errors" list of {field, message}; a value that is not one of an enum's (an unknown
 * industry, say) answers 400 naming the values allowed.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TasukiException.class)
    ProblemDetail domainFailure(TasukiException failure) {
        HttpStatus status = statusOf(failure);
        ProblemDetail problem = problem(
                status, messages.getMessage(failure.messageKey(), failure.arguments(), failure.messageKey(), locale()));
        failure.problemProperties().forEach(problem::setProperty);
        return problem;
    }

    /**
     * The database refused a write that no rule of ours caught first (a reference to a record that is not there, a
     * bound of the schema): the request changed nothing, so it is the caller's to correct, never a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException refused) {
        LOG.warn(
                "The database refused a write: {}",
                refused.getMostSpecificCause().getMessage());
        return problem(
                refused instanceof DuplicateKeyException ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("problem.integrity", null, locale()));
    }

    static HttpStatus statusOf(TasukiException failure) {
        return switch (failure.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_CONTENT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> fieldError(error instanceof FieldError field ? field.getField() : "", error))
                .toList();
        return invalid(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> fieldError(result.getMethodParameter().getParameterName(), error)))
                .toList();
        return invalid(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(
                ex,
                problem(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("problem.detail.413", null, locale())),
                headers,
                HttpStatus.CONTENT_TOO_LARGE,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        return handleExceptionInternal(
                ex, badValue(name, ex.getValue(), ex.getRequiredType()), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            // A field the API does not take (a lead's stage, its creator) is refused, not silently ignored.
            return handleExceptionInternal(
                    ex,
                    problem(
                            HttpStatus.BAD_REQUEST,
                            messages.getMessage(
                                    "problem.unknownField", new Object[] {unknown.getPropertyName()}, locale())),
                    headers,
                    HttpStatus.BAD_REQUEST,
                    request);
        }
        ProblemDetail problem = ex.getCause() instanceof MismatchedInputException mismatch
                ? badValue(
                        path(mismatch),
                        mismatch instanceof tools.jackson.databind.exc.InvalidFormatException format
                                ? format.getValue()
                                : null,
                        mismatch.getTargetType())
                : problem(HttpStatus.BAD_REQUEST, messages.getMessage("problem.unreadable", null, locale()));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> invalid(
            Exception ex, List<Map<String, String>> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale()));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private Map<String, String> fieldError(String field, MessageSourceResolvable error) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", field);
        entry.put("message", messages.getMessage(error, locale()));
        return entry;
    }

    private ProblemDetail badValue(String name, Object value, Class<?> type) {
        String shown = value == null ? "" : String.valueOf(value);
        String detail = type != null && type.isEnum()
                ? messages.getMessage(
                        "problem.unknownValue",
                        new Object[] {
                            name,
                            shown,
                            Arrays.stream(type.getEnumConstants())
                                    .map(constant -> ((Enum<?>) constant).name())
                                    .collect(Collectors.joining(", "))
                        },
                        locale())
                : messages.getMessage("problem.badValue", new Object[] {name, shown}, locale());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(Map.of("field", name == null ? "" : name, "message", detail)));
        return problem;
    }

    private static String path(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(
                messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale()));
        return problem;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
