package dev.tasuki;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.NewUser;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserAdministration;
import dev.tasuki.identity.UserDirectory;

/**
 * Users for tests: the demo organisation's people by email, and fresh users with unique emails for tests that change or
 * lock a user, so that tests sharing one database never disturb each other.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "tasuki-demo-2026";
    public static final String ADMIN = "admin@tsunagi-cloud.example";
    public static final String EXECUTIVE = "ceo@tsunagi-cloud.example";
    public static final String MARKETING_MANAGER = "sato@tsunagi-cloud.example";
    public static final String MARKETING_MEMBER = "suzuki@tsunagi-cloud.example";
    public static final String INSIDE_SALES_MEMBER = "watanabe@tsunagi-cloud.example";
    public static final String FIELD_SALES_MEMBER = "kato@tsunagi-cloud.example";
    public static final String CUSTOMER_SUCCESS_MEMBER = "sasaki@tsunagi-cloud.example";

    private final UserDirectory directory;
    private final UserAdministration administration;

    TestUsers(UserDirectory directory, UserAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    public SignedInUser signedIn(String email) {
        return new SignedInUser(directory.findByEmail(email).orElseThrow(), null);
    }

    public UserAccount fresh(Role role, Department department) {
        String email = "test-" + UUID.randomUUID() + "@example.com";
        return administration.create(new NewUser(email, "試験", "太郎", department, role, PASSWORD));
    }
}
