package dev.tasuki.home.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.platform.PersonName;

class NavigationTests {

    private static List<String> menuOf(Role role, Department department) {
        UserAccount account = new UserAccount(
                1, "a@example.com", new PersonName("試験", "太郎"), department, role, null, true, 0, Instant.EPOCH);
        return Navigation.itemsFor(new SignedInUser(account, null)).stream()
                .map(Navigation.Item::messageKey)
                .toList();
    }

    @Test
    void eachDepartmentSeesItsOwnLegOfTheRelay() {
        assertThat(menuOf(Role.MEMBER, Department.MARKETING))
                .contains("nav.LEADS", "nav.CAMPAIGNS")
                .doesNotContain("nav.PIPELINE", "nav.RENEWALS");
        assertThat(menuOf(Role.MEMBER, Department.INSIDE_SALES))
                .contains("nav.WORK_QUEUE", "nav.LEADS")
                .doesNotContain("nav.CAMPAIGNS", "nav.PIPELINE");
        assertThat(menuOf(Role.MEMBER, Department.FIELD_SALES))
                .contains("nav.PIPELINE", "nav.FORECAST")
                .doesNotContain("nav.LEADS", "nav.RENEWALS");
        assertThat(menuOf(Role.MEMBER, Department.CUSTOMER_SUCCESS))
                .contains("nav.CUSTOMERS", "nav.RENEWALS")
                .doesNotContain("nav.PIPELINE", "nav.LEADS");
    }

    @Test
    void onlyAdminsSeeUserAdministration() {
        assertThat(menuOf(Role.ADMIN, null)).contains("nav.USERS", "nav.IMPORT_EXPORT");
        assertThat(menuOf(Role.EXECUTIVE, null))
                .doesNotContain("nav.USERS")
                .contains("nav.PLANNING", "nav.HEALTH_CHECK");
        assertThat(menuOf(Role.MANAGER, Department.FIELD_SALES))
                .doesNotContain("nav.USERS")
                .contains("nav.PLANNING");
        assertThat(menuOf(Role.MEMBER, Department.FIELD_SALES)).doesNotContain("nav.USERS", "nav.PLANNING");
    }

    @Test
    void everyFeatureLinksToItsPage() {
        UserAccount admin = new UserAccount(
                1, "a@example.com", new PersonName("試験", ""), null, Role.ADMIN, null, true, 0, Instant.EPOCH);
        List<Navigation.Item> items = Navigation.itemsFor(new SignedInUser(admin, null));
        assertThat(items)
                .filteredOn(item -> item.messageKey().equals("nav.USERS"))
                .singleElement()
                .satisfies(item -> assertThat(item.path()).isEqualTo("/admin/users"));
        assertThat(items)
                .filteredOn(item -> item.messageKey().equals("nav.DASHBOARD"))
                .singleElement()
                .satisfies(item -> assertThat(item.path()).isEqualTo("/dashboard"));
        assertThat(items)
                .filteredOn(item -> item.messageKey().equals("nav.IMPORT_EXPORT"))
                .singleElement()
                .satisfies(item -> assertThat(item.path()).isEqualTo("/admin/imports"));
        assertThat(items).allSatisfy(item -> assertThat(item.path()).startsWith("/"));
    }

    @Test
    void everyoneReachesAccountsAndContacts() {
        for (Role role : Role.values()) {
            Department department = role.needsDepartment() ? Department.CUSTOMER_SUCCESS : null;
            UserAccount account = new UserAccount(
                    1, "a@example.com", new PersonName("試験", ""), department, role, null, true, 0, Instant.EPOCH);
            assertThat(Navigation.itemsFor(new SignedInUser(account, null)))
                    .filteredOn(item -> item.messageKey().equals("nav.ACCOUNTS")
                            || item.messageKey().equals("nav.CONTACTS"))
                    .extracting(Navigation.Item::path)
                    .containsExactly("/accounts", "/contacts");
        }
    }
}
