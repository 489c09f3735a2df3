package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.tasuki.HostileInputTest;
import dev.tasuki.TestUsers;

/**
 * Issue 14, point 8: every operation of the OpenAPI document (/v3/api-docs) is called with bad values in each of its
 * parameters and body fields (wrong types, huge numbers, unknown enum values, huge strings, bad dates, unknown ids) by
 * a user of the department the path belongs to. Each must answer below 500: 400, 403, 404, 409 or 422 problem JSON.
 */
@HostileInputTest
class ApiFuzzTests {

    private static final String HUGE = "あ".repeat(5_000);
    private static final List<String> BAD_TEXTS = List.of(
            "abc", "NOPE", "99999999999999999999", "-1", "1e400", "-999999-01-01", "9999-12-31", "2026-13-45", HUGE);
    private static final List<String> BAD_JSON = List.of(
            "\"abc\"",
            "\"NOPE\"",
            "1e400",
            "99999999999999999999",
            "9223372036854775807",
            "-1",
            "0.5",
            "\"-999999-01-01\"",
            "\"9999-12-31\"",
            "\"" + HUGE + "\"",
            "null",
            "[]",
            "{}",
            "true");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    // numbers as written: 1e400 stays 1E+400, not Infinity
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    @Test
    void noOperationAnswers5xxToBadValues() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(user(users.signedIn(TestUsers.ADMIN))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Call call : calls(api, path.getKey(), operation.getKey(), operation.getValue())) {
                    calls++;
                    String failure = send(call);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(1_000);
        assertThat(failures).isEmpty();
    }

    private record Call(String method, String path, Map<String, String> query, String body) {}

    private List<Call> calls(JsonNode api, String path, String method, JsonNode operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, String> queryValues = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode parameter : parameters) {
            String good = goodText(api, parameter.path("schema"));
            (parameter.path("in").asString().equals("path") ? pathValues : queryValues)
                    .put(parameter.path("name").asString(), good);
        }
        JsonNode bodySchema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        String body =
                bodySchema.isMissingNode() ? null : goodJson(api, bodySchema, 0).toString();
        List<Call> calls = new ArrayList<>();
        calls.add(call(method, path, pathValues, queryValues, body));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            Map<String, String> target = parameter.path("in").asString().equals("path") ? pathValues : queryValues;
            String good = target.get(name);
            for (String bad : BAD_TEXTS) {
                target.put(name, bad);
                calls.add(call(method, path, pathValues, queryValues, body));
            }
            target.put(name, good);
        }
        if (body != null && json.readTree(body) instanceof ObjectNode object) {
            for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
                String field = names.next();
                for (String bad : BAD_JSON) {
                    ObjectNode changed = object.deepCopy();
                    changed.set(field, json.readTree(bad));
                    calls.add(call(method, path, pathValues, queryValues, changed.toString()));
                }
            }
            calls.add(call(method, path, pathValues, queryValues, "{\"unbalanced\": \"quote}"));
        }
        return calls;
    }

    private static Call call(
            String method, String path, Map<String, String> pathValues, Map<String, String> query, String body) {
        String filled = path;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return new Call(method, filled, new LinkedHashMap<>(query), body);
    }

    /** The answer's problem, or null when it is below 500. */
    private String send(Call call) {
        var request = request(
                        HttpMethod.valueOf(call.method().toUpperCase()),
                        "/" + call.path().substring(1))
                .with(user(users.signedIn(userFor(call.path()))))
                .header("Accept-Language", "ja");
        call.query().forEach(request::queryParam);
        if (call.body() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(call.body());
        }
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            return status < 500 ? null : status + " " + describe(call);
        } catch (Exception thrown) {
            return "thrown " + thrown.getClass().getSimpleName() + " " + describe(call);
        }
    }

    private static String describe(Call call) {
        String body = call.body() == null ? "" : call.body();
        return call.method().toUpperCase() + " " + call.path() + " " + call.query() + " "
                + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
    }

    /** The user whose department the path is for, so that the call reaches its validation and rules. */
    private static String userFor(String path) {
        if (path.contains("/deals") || path.contains("/forecast")) {
            return TestUsers.FIELD_SALES_MEMBER;
        }
        if (path.contains("/leads") || path.contains("/campaigns")) {
            return TestUsers.MARKETING_MANAGER;
        }
        if (path.contains("/mrr") || path.contains("/renewals") || path.contains("/customers")) {
            return TestUsers.CUSTOMER_SUCCESS_MEMBER;
        }
        if (path.contains("/kpi/targets") || path.contains("/kpi/settings")) {
            return TestUsers.EXECUTIVE;
        }
        if (path.contains("/handoffs") || path.contains("/activities")) {
            return TestUsers.INSIDE_SALES_MEMBER;
        }
        return TestUsers.ADMIN;
    }

    private String goodText(JsonNode api, JsonNode schema) {
        JsonNode resolved = resolve(api, schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0).asString();
        }
        return switch (resolved.path("type").asString("string")) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            default ->
                switch (resolved.path("format").asString("")) {
                    case "date" -> "2026-01-01";
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    default -> resolved.path("pattern").asString("").contains("\\d{4}-\\d{2}") ? "2026-01" : "x";
                };
        };
    }

    private JsonNode goodJson(JsonNode api, JsonNode schema, int depth) {
        JsonNode resolved = resolve(api, schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "integer" -> json.getNodeFactory().numberNode(1);
            case "number" -> json.getNodeFactory().numberNode(0.5);
            case "boolean" -> json.getNodeFactory().booleanNode(false);
            case "array" -> json.createArrayNode();
            case "object" -> {
                ObjectNode object = json.createObjectNode();
                if (depth < 3) {
                    resolved.path("properties")
                            .properties()
                            .forEach(property -> object.set(
                                    property.getKey(),
                                    // an owner who is not the caller's colleague would be refused before the rest
                                    property.getKey().equals("ownerId")
                                            ? json.getNodeFactory().nullNode()
                                            : goodJson(api, property.getValue(), depth + 1)));
                }
                yield object;
            }
            default -> json.getNodeFactory().textNode(goodText(api, resolved));
        };
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        if (reference.isEmpty()) {
            return schema;
        }
        return api.path("components").path("schemas").path(reference.substring(reference.lastIndexOf('/') + 1));
    }
}
