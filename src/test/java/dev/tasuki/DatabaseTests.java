package dev.tasuki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proves which database a run really used, so a misconfigured second run cannot pass on H2 unnoticed. */
@IntegrationTest
class DatabaseTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnTheDatabaseTheBuildAskedFor() {
        String product = jdbc.sql("select version()").query(String.class).single();
        if (TestDatabase.isPostgres()) {
            assertThat(product).startsWith("PostgreSQL").doesNotContain("H2");
        } else {
            assertThat(product).contains("H2");
        }
    }

    @Test
    void migrationsRanAndTheDemoOrganisationIsLoaded() {
        assertThat(jdbc.sql("select count(*) from app_user where email = :email")
                        .param("email", TestUsers.ADMIN)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
