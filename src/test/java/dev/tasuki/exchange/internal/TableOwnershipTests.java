package dev.tasuki.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;

/**
 * Each module's SQL names only the tables that module owns ({@link ArchiveTables#owners()}): read from the string
 * constants of the compiled classes, where javac has already joined concatenated literals and text blocks (a
 * concatenation with a value keeps its literal parts, the value shown as \u0001). Another module's data is read through
 * its API, its events or the relations it publishes. And every table a migration creates has an owner.
 */
class TableOwnershipTests {

    /** Whole-database tools that name every table on purpose, and why. */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "dev.tasuki.exchange.internal.TableRows",
            "the tasuki format copies every table as it is (its names come from ArchiveTables)",
            "dev.tasuki.demo.ScaleGenerator",
            "the benchmarks' synthetic history is written straight into the tables, no module's work");

    private static final Pattern TABLE_AFTER_KEYWORD =
            Pattern.compile("\\b(?:from|join|into|update|table|using)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern CREATED = Pattern.compile("\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROPPED = Pattern.compile("\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final int CONSTANT_STRING = 8;

    @Test
    void noModulesSqlNamesATableAnotherModuleOwns() throws IOException {
        Map<String, String> owners = ArchiveTables.owners();
        Path classes = Path.of("target/classes");
        Set<String> strays = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("dev/tasuki"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String className =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                String[] packages = className.split("\\.");
                if (packages.length < 4 || EXCEPTIONS.containsKey(className.replaceAll("\\$.*", ""))) {
                    return; // the application class, or a whole-database tool
                }
                String module = packages[2];
                for (String sql : strings(file)) {
                    Matcher tables = TABLE_AFTER_KEYWORD.matcher(sql.toLowerCase(Locale.ROOT));
                    while (tables.find()) {
                        String owner = owners.get(tables.group(1));
                        if (owner != null && !owner.equals(module)) {
                            strays.add(className + " (" + module + ") names " + tables.group(1) + " of " + owner);
                        }
                    }
                }
            });
        }
        assertThat(strays).as("SQL that names another module's table").isEmpty();
    }

    @Test
    void everyTableAMigrationCreatesHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted().toList()) {
                String sql = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                CREATED.matcher(sql).results().forEach(created -> tables.add(created.group(1)));
                DROPPED.matcher(sql).results().forEach(dropped -> tables.remove(dropped.group(1)));
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(ArchiveTables.owners().keySet()).as("tables with an owner").containsAll(tables);
        assertThat(ArchiveTables.owners().values())
                .as("owners are modules")
                .allSatisfy(module ->
                        assertThat(Path.of("src/main/java/dev/tasuki", module)).isDirectory());
    }

    /** The class's string constants (the entries of its constant pool that are strings). */
    private static List<String> strings(Path file) {
        try {
            ClassReader reader = new ClassReader(Files.readAllBytes(file));
            char[] buffer = new char[reader.getMaxStringLength()];
            List<String> strings = new ArrayList<>();
            for (int i = 1; i < reader.getItemCount(); i++) {
                int offset = reader.getItem(i);
                if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_STRING) {
                    strings.add(reader.readUTF8(offset, buffer));
                }
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
