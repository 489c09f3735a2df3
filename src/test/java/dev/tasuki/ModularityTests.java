package dev.tasuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to the structure drawn: each uses only the others' API and the dependencies its package-info.java
 * allows, without cycles. The diagrams of the modules are written as PlantUML (C4 components) to
 * target/spring-modulith-docs; docs/modules.puml, which docs/architecture.md shows, is a copy of the whole one.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TasukiApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramsAreWrittenAndTheDocsShowTheCurrentOne() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        // Spring Modulith 2.0 writes the components and relations in no fixed order: compared as sets of lines.
        assertThat(Files.readAllLines(Path.of("docs/modules.puml")))
                .as("docs/modules.puml: copy target/spring-modulith-docs/components.puml there")
                .containsExactlyInAnyOrderElementsOf(
                        Files.readAllLines(Path.of("target/spring-modulith-docs/components.puml")));
    }
}
