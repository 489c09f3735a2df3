package dev.tasuki.success;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.AccountSearch;
import dev.tasuki.customer.Accounts;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.Amounts;
import dev.tasuki.platform.ImportError;
import dev.tasuki.platform.JapaneseText;
import dev.tasuki.platform.Messages;
import dev.tasuki.platform.Page;
import dev.tasuki.success.internal.MrrBook;
import dev.tasuki.success.internal.MrrLevels;
import dev.tasuki.success.internal.SuccessAccess;

/**
 * MRR levels from a CSV file with the header {@code account,date,mrr}: the account (its id or its exact name) had that
 * MRR from that day (ISO-8601, 2026-04-01) on; yen may carry commas, ¥/￥ or 円. Every row is checked first; a file with
 * a bad row changes nothing unless the user chose to apply only the good rows. One transaction for the whole file.
 */
@Service
@Transactional
public class MrrImport {

    public static final List<String> COLUMNS = List.of("account", "date", "mrr");
    public static final int MAX_ROWS = 50_000;

    private final MrrBook book;
    private final Accounts accounts;
    private final Messages messages;

    MrrImport(MrrBook book, Accounts accounts, Messages messages) {
        this.book = book;
        this.accounts = accounts;
        this.messages = messages;
    }

    public boolean mayImport(SignedInUser user) {
        return SuccessAccess.mayImport(user);
    }

    public ImportResult run(byte[] file, boolean applyValidRows, SignedInUser by) {
        SuccessAccess.checkImport(by);
        Parsed parsed = parse(JapaneseText.decode(file));
        List<ImportError> errors = parsed.errors();
        if (!errors.isEmpty() && !applyValidRows) {
            return new ImportResult(null, ImportResult.Status.REJECTED, 0, 0, 0, parsed.rejectedRows(), errors);
        }
        Map<Long, List<MrrBook.Change>> byAccount = new LinkedHashMap<>();
        parsed.rows()
                .forEach(row -> byAccount
                        .computeIfAbsent(row.accountId(), id -> new ArrayList<>())
                        .add(new MrrBook.Change(row.on(), row.mrr())));
        Map<MrrLevels.Outcome, Integer> outcomes = new EnumMap<>(MrrLevels.Outcome.class);
        byAccount.forEach((accountId, changes) -> book.setAll(accountId, changes, MrrSource.IMPORT, null, by.id())
                .forEach((outcome, count) -> outcomes.merge(outcome, count, Integer::sum)));
        return new ImportResult(
                null,
                ImportResult.Status.APPLIED,
                outcomes.getOrDefault(MrrLevels.Outcome.CREATED, 0),
                outcomes.getOrDefault(MrrLevels.Outcome.UPDATED, 0),
                outcomes.getOrDefault(MrrLevels.Outcome.UNCHANGED, 0),
                parsed.rejectedRows(),
                errors);
    }

    private record Row(int line, long accountId, LocalDate on, long mrr) {}

    private record Parsed(List<Row> rows, List<ImportError> errors, int rejectedRows) {}

    private Parsed parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        int rejected = 0;
        int line = 1;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            Map<String, Integer> header = null;
            int headerSize = 0;
            Map<Long, Map<LocalDate, Integer>> seen = new HashMap<>();
            Map<String, Optional<Account>> byName = new HashMap<>();
            for (CSVRecord record : parser) {
                line = lineAt(text, record.getCharacterPosition());
                if (header == null) {
                    header = header(record, line, errors);
                    headerSize = record.size();
                    if (header == null) {
                        return new Parsed(List.of(), errors, 0);
                    }
                    continue;
                }
                if (rows.size() + rejected >= MAX_ROWS) {
                    errors.add(new ImportError(line, "", messages.of("mrrImport.tooManyRows", MAX_ROWS)));
                    return new Parsed(rows, errors, rejected + 1);
                }
                List<ImportError> rowErrors = new ArrayList<>();
                if (record.size() > headerSize) {
                    // An amount typed as 120,000 without quotes splits into two fields.
                    rowErrors.add(new ImportError(line, "mrr", messages.of("mrrImport.tooManyFields")));
                    errors.addAll(rowErrors);
                    rejected++;
                    continue;
                }
                Long accountId = account(value(record, header, "account"), line, rowErrors, byName);
                LocalDate on = day(value(record, header, "date"), line, rowErrors);
                Long mrr = yen(value(record, header, "mrr"), line, rowErrors);
                if (rowErrors.isEmpty()) {
                    Integer earlier = seen.computeIfAbsent(accountId, id -> new HashMap<>())
                            .putIfAbsent(on, line);
                    if (earlier != null) {
                        rowErrors.add(new ImportError(line, "date", messages.of("mrrImport.duplicate", earlier)));
                    }
                }
                if (rowErrors.isEmpty()) {
                    rows.add(new Row(line, accountId, on, mrr));
                } else {
                    errors.addAll(rowErrors);
                    rejected++;
                }
            }
            if (header == null) {
                errors.add(new ImportError(1, "", messages.of("mrrImport.empty")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException unreadable) {
            // Commons CSV reports a broken quote as an unchecked exception with the position in its message.
            errors.add(new ImportError(line, "", messages.of("mrrImport.unreadable")));
            rejected++;
        }
        return new Parsed(rows, errors, rejected);
    }

    /**
     * The columns' positions by name, case and surrounding spaces ignored; null (with an error) when one is missing.
     */
    private Map<String, Integer> header(CSVRecord record, int line, List<ImportError> errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            positions.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream()
                .filter(column -> !positions.containsKey(column))
                .toList();
        missing.forEach(
                column -> errors.add(new ImportError(line, column, messages.of("mrrImport.missingColumn", column))));
        return missing.isEmpty() ? positions : null;
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        int position = header.get(column);
        return position < record.size() ? record.get(position).strip() : "";
    }

    private Long account(String value, int line, List<ImportError> errors, Map<String, Optional<Account>> byName) {
        if (value.isEmpty()) {
            errors.add(new ImportError(line, "account", messages.of("mrrImport.accountRequired")));
            return null;
        }
        Optional<Account> known = byName.get(value);
        if (known != null) {
            return known.get().id();
        }
        if (value.matches("\\d{1,18}")) {
            Optional<Account> byId = accounts.find(Long.parseLong(value));
            if (byId.isPresent()) {
                return byId.get().id();
            }
        }
        List<Account> named =
                accounts
                        .search(new AccountSearch(value, null, null, null, null, null, 0, Page.MAX_SIZE))
                        .items()
                        .stream()
                        .filter(account -> account.name().equals(value))
                        .toList();
        if (named.size() > 1) {
            errors.add(
                    new ImportError(line, "account", messages.of("mrrImport.accountAmbiguous", value, named.size())));
            return null;
        }
        if (named.isEmpty()) {
            errors.add(new ImportError(line, "account", messages.of("mrrImport.accountUnknown", value)));
            return null;
        }
        byName.put(value, Optional.of(named.get(0)));
        return named.get(0).id();
    }

    private LocalDate day(String value, int line, List<ImportError> errors) {
        try {
            LocalDate day = LocalDate.parse(value);
            if (!Amounts.isBusinessDay(day)) {
                errors.add(new ImportError(line, "date", messages.of("mrrImport.badDate", value)));
                return null;
            }
            return day;
        } catch (DateTimeParseException notIso) {
            errors.add(new ImportError(line, "date", messages.of("mrrImport.badDate", value)));
            return null;
        }
    }

    /** Yen as people type them: "120,000", "￥120,000", "120000円", full-width digits. */
    private Long yen(String value, int line, List<ImportError> errors) {
        String digits = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[¥\\\\,\\s円]", "");
        if (!digits.matches("\\d{1,14}") || Long.parseLong(digits) > SetMrrLevel.MAX_MRR) {
            errors.add(new ImportError(line, "mrr", messages.of("mrrImport.badMrr", value)));
            return null;
        }
        return Long.parseLong(digits);
    }

    /** The line (from 1) on which the text at the position starts, blank lines before it skipped. */
    private static int lineAt(String text, long position) {
        int start = (int) Math.min(position, text.length());
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
