package dev.tasuki.exchange.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.tasuki.exchange.internal.Captures;

/**
 * The public lead-capture endpoint for the organisation's website, the one API call without sign-in: a form post or
 * JSON with familyName, givenName, email, phone, companyName and title. The form's key is in the path.
 */
@RestController
@Tag(name = "Lead capture", description = "Leads from the organisation's website (no sign-in; a form key)")
class CaptureApiController {

    private final Captures captures;

    CaptureApiController(Captures captures) {
        this.captures = captures;
    }

    @PostMapping(path = "/api/v1/capture/{formKey}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(
            summary = "Capture a lead from a website form (201 created, 200 updated, 404 unknown key, 422 refused,"
                    + " 429 too many)")
    ResponseEntity<Map<String, Object>> form(
            @PathVariable String formKey,
            @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request) {
        return answer(captures.receive(formKey, fields.toSingleValueMap(), request.getRemoteAddr()));
    }

    @PostMapping(path = "/api/v1/capture/{formKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Capture a lead from JSON (as the form post)")
    ResponseEntity<Map<String, Object>> json(
            @PathVariable String formKey, @RequestBody Map<String, Object> body, HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        body.forEach((name, value) -> fields.put(name, value == null ? null : value.toString()));
        return answer(captures.receive(formKey, fields, request.getRemoteAddr()));
    }

    private static ResponseEntity<Map<String, Object>> answer(Captures.Result result) {
        HttpStatus status = switch (result.outcome()) {
            case CREATED -> HttpStatus.CREATED;
            case UPDATED -> HttpStatus.OK;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case HONEYPOT, INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", result.outcome().name());
        body.put("errors", result.errors());
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            // the limit counts the last minute's posts
            answer.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return answer.body(body);
    }
}
