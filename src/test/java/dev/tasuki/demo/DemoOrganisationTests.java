package dev.tasuki.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.IntegrationTest;
import dev.tasuki.identity.DemoCredentials;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;

@IntegrationTest
class DemoOrganisationTests {

    @Autowired
    UserDirectory directory;

    @Autowired
    DemoCredentials demo;

    @Test
    void everyDepartmentHasAManagerAndAtLeastTwoPeople() {
        for (Department department : Department.values()) {
            List<UserAccount> team = directory.team(department).stream()
                    .filter(user -> demo.emails().contains(user.email()))
                    .toList();
            assertThat(team).as(department.name()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(team).as(department.name()).anyMatch(user -> user.role() == Role.MANAGER);
        }
    }

    @Test
    void thereIsAnExecutiveAndAnAdminWithoutDepartment() {
        List<UserAccount> demoUsers = demo.emails().stream()
                .map(directory::findByEmail)
                .map(java.util.Optional::orElseThrow)
                .toList();
        assertThat(demoUsers).anyMatch(user -> user.role() == Role.EXECUTIVE && user.department() == null);
        assertThat(demoUsers).anyMatch(user -> user.role() == Role.ADMIN && user.department() == null);
        assertThat(demoUsers)
                .allSatisfy(user -> assertThat(user.name().familyName()).matches("\\p{IsHan}+"));
    }

    @Test
    void theSignInPageListsTheDemoUsersWithTheirPassword(
            @Autowired org.springframework.test.web.servlet.assertj.MockMvcTester mvc) {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "ja").exchange())
                .bodyText()
                .contains("デモ組織のユーザー")
                .contains(demo.password())
                .contains("sato@tsunagi-cloud.example")
                .contains("佐藤 美咲");
    }
}
