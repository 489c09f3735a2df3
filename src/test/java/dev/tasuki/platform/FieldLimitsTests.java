package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import dev.tasuki.IntegrationTest;

/**
 * Issue 13, point 8: every text field with a validation limit ({@code @Size(max)} on a command record) has the length
 * of the column it is written to, so a value validation lets through always fits (a 100-character phone through the
 * website's form once met a varchar(40): a 500). A new limited field must be placed here: in a column, or among the
 * fields that are no column, with the reason.
 */
@IntegrationTest
class FieldLimitsTests {

    /** Where each record's fields are written; a field's column is its name in snake case unless named below. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("LeadDetails", "lead"),
            Map.entry("NewAccount", "account"),
            Map.entry("AccountChange", "account"),
            Map.entry("NewContact", "contact"),
            Map.entry("ContactChange", "contact"),
            Map.entry("LogActivity", "activity"),
            Map.entry("ActivityForm", "activity"),
            Map.entry("DealDetails", "deal"),
            Map.entry("CampaignDetails", "campaign"),
            Map.entry("NewUser", "app_user"),
            Map.entry("UserChange", "app_user"),
            Map.entry("AddUser", "app_user"),
            Map.entry("TokenRequest", "api_token"),
            Map.entry("Bant", "handoff"),
            Map.entry("SendHandoff", "handoff"),
            Map.entry("RaiseExpansion", "handoff"),
            Map.entry("RejectHandoff", "handoff"),
            Map.entry("MoveStage", "stage_entry"),
            Map.entry("CloseDeal", "deal"),
            Map.entry("LoseContract", "customer_contract"),
            Map.entry("RuleForm", "scoring_rule"),
            Map.entry("NewAssessment", "hc_assessment"),
            Map.entry("AnswerRequest", "hc_answer"));

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("RejectHandoff.comment", "response_comment"),
            Map.entry("CloseDeal.reasonCode", "close_reason"),
            Map.entry("CloseDeal.comment", "close_comment"),
            Map.entry("LoseContract.comment", "churn_comment"),
            // relay's reason codes and success's churn reasons share the form's shape
            Map.entry("relay.web.ReasonForm.labelJa", "reason_code.label_ja"),
            Map.entry("relay.web.ReasonForm.labelEn", "reason_code.label_en"),
            Map.entry("success.web.ReasonForm.labelJa", "churn_reason.label_ja"),
            Map.entry("success.web.ReasonForm.labelEn", "churn_reason.label_en"));

    /** Limited fields that are no column, and why. */
    private static final Map<String, String> NOT_COLUMNS = Map.of(
            "NewUser.password", "stored as a bcrypt hash; 64 keeps it within bcrypt's 72 bytes",
            "PasswordChange.newPassword", "stored as a bcrypt hash",
            "AddUser.password", "stored as a bcrypt hash, as NewUser's",
            "AddUser.name", "the whole name, split into family_name and given_name (100 each and a space)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyLimitedTextFieldHasItsColumnsLength() throws ClassNotFoundException {
        Map<String, Integer> lengths = new TreeMap<>();
        jdbc.sql("""
                select lower(table_name) t, lower(column_name) c, character_maximum_length n
                  from information_schema.columns where character_maximum_length is not null
                """)
                .query((rs, n) -> lengths.put(rs.getString("t") + "." + rs.getString("c"), rs.getInt("n")))
                .list();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Class<?> record : records()) {
            for (RecordComponent component : record.getRecordComponents()) {
                // @Size is not a record component annotation: Java puts it on the component's field
                Size size = field(record, component).getAnnotation(Size.class);
                if (size == null || size.max() == Integer.MAX_VALUE) {
                    continue;
                }
                String field = record.getSimpleName() + "." + component.getName();
                String qualified = record.getName().replace("dev.tasuki.", "") + "." + component.getName();
                if (NOT_COLUMNS.containsKey(field)) {
                    continue;
                }
                String column = COLUMNS.containsKey(qualified) ? COLUMNS.get(qualified) : column(record, component);
                if (column == null) {
                    wrong.add(field + ": not placed in a column (add it to TABLES, COLUMNS or NOT_COLUMNS)");
                    continue;
                }
                Integer length = lengths.get(column);
                checked++;
                if (length == null || length != size.max()) {
                    wrong.add(field + " @Size(max = " + size.max() + ") but " + column + " is " + length);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("fields checked").isGreaterThan(50);
    }

    private static java.lang.reflect.Field field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            throw new AssertionError(impossible);
        }
    }

    private static String column(Class<?> record, RecordComponent component) {
        String qualified = record.getSimpleName() + "." + component.getName();
        if (COLUMNS.containsKey(qualified)) {
            String named = COLUMNS.get(qualified);
            return named.contains(".") ? named : TABLES.get(record.getSimpleName()) + "." + named;
        }
        String table = TABLES.get(record.getSimpleName());
        return table == null
                ? null
                : table + "." + component.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
    }

    private static List<Class<?>> records() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getSuperClassName() != null
                && reader.getClassMetadata().getSuperClassName().equals(Record.class.getName()));
        List<Class<?>> records = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("dev.tasuki")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), FieldLimitsTests.class.getClassLoader());
            if (!type.getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .getPath()
                    .contains("test-classes")) {
                records.add(type);
            }
        }
        return records;
    }
}
