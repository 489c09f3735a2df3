package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;

@IntegrationTest
class UserAdministrationTests {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDirectory directory;

    @Autowired
    TestUsers users;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    /** A session of the user in the shared store, as sign-in on any app node would leave it. */
    private static <S extends Session> String sessionOf(FindByIndexNameSessionRepository<S> store, String email) {
        S session = store.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, email);
        store.save(session);
        return session.getId();
    }

    private SignedInUser admin() {
        return users.signedIn(TestUsers.ADMIN);
    }

    private UserChange changeOf(UserAccount user, Role role, Department department) {
        return new UserChange(
                user.email(), user.name().familyName(), user.name().givenName(), department, role, user.version());
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);
        assertThatThrownBy(() -> administration.create(new NewUser(
                        "  " + user.email().toUpperCase() + " ",
                        "重複",
                        "",
                        Department.MARKETING,
                        Role.MEMBER,
                        TestUsers.PASSWORD)))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("user.emailTaken"));
    }

    @Test
    void membersAndManagersNeedADepartmentExecutivesAndAdminsHaveNone() {
        assertThatThrownBy(() -> administration.create(new NewUser(
                        "m-" + System.nanoTime() + "@example.com", "部門", "なし", null, Role.MEMBER, TestUsers.PASSWORD)))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("department"));
        assertThatThrownBy(() -> administration.create(new NewUser(
                        "e-" + System.nanoTime() + "@example.com",
                        "経営",
                        "",
                        Department.FIELD_SALES,
                        Role.EXECUTIVE,
                        TestUsers.PASSWORD)))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("user.departmentNotAllowed"));
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);
        administration.change(user.id(), changeOf(user, Role.MANAGER, Department.MARKETING), admin());

        assertThatThrownBy(() ->
                        administration.change(user.id(), changeOf(user, Role.MEMBER, Department.FIELD_SALES), admin()))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("user.staleVersion"));

        UserAccount stored = directory.get(user.id());
        assertThat(stored.role()).isEqualTo(Role.MANAGER);
        assertThat(stored.department()).isEqualTo(Department.MARKETING);
        assertThat(stored.version()).isEqualTo(user.version() + 1);
    }

    @Test
    void anAdminCannotDeactivateOrDemoteThemself() {
        UserAccount second = users.fresh(Role.ADMIN, null);
        SignedInUser self = users.signedIn(second.email());
        assertThatThrownBy(() -> administration.deactivate(second.id(), second.version(), self))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("user.notOnYourself"));
        assertThatThrownBy(() -> administration.change(second.id(), changeOf(second, Role.EXECUTIVE, null), self))
                .isInstanceOfSatisfying(
                        UserRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("user.notOnYourself"));
        assertThat(directory.get(second.id()).active()).isTrue();
    }

    @Test
    void deactivationEndsEverySessionOfTheUser() {
        UserAccount user = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        String one = sessionOf(sessions, user.email());
        sessionOf(sessions, user.email());
        assertThat(sessions.findByPrincipalName(user.email())).hasSize(2);

        administration.deactivate(user.id(), user.version(), admin());

        assertThat(sessions.findByPrincipalName(user.email())).isEmpty();
        assertThat(sessions.findById(one)).isNull();
        assertThat(directory.get(user.id()).active()).isFalse();
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsSoNewRightsApplyAtOnce() {
        UserAccount user = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        String session = sessionOf(sessions, user.email());

        administration.change(user.id(), changeOf(user, Role.MANAGER, Department.CUSTOMER_SUCCESS), admin());

        assertThat(sessions.findById(session)).isNull();
    }
}
