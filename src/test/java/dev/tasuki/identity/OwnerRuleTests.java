package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tasuki.platform.Language;
import dev.tasuki.platform.PersonName;

/**
 * The one owner rule and the owner field it gives each role: admins give records to anyone active, managers to an
 * active user of their department, members and executives to nobody; keeping an owner needs no right; only admins leave
 * a record without its (active) owner. The field is a menu only for those who give records, never empty, never with
 * someone else chosen.
 */
class OwnerRuleTests {

    private static long ids;

    private static UserAccount user(Role role, Department department, boolean active) {
        return new UserAccount(
                ++ids,
                "u" + ids + "@example.com",
                new PersonName("試験", "太郎" + ids),
                department,
                role,
                Language.JA,
                active,
                0,
                Instant.EPOCH);
    }

    private static SignedInUser signedIn(UserAccount account) {
        return new SignedInUser(account, "{noop}-");
    }

    private final UserAccount admin = user(Role.ADMIN, null, true);
    private final UserAccount executive = user(Role.EXECUTIVE, null, true);
    private final UserAccount isManager = user(Role.MANAGER, Department.INSIDE_SALES, true);
    private final UserAccount isMember = user(Role.MEMBER, Department.INSIDE_SALES, true);
    private final UserAccount isTeammate = user(Role.MEMBER, Department.INSIDE_SALES, true);
    private final UserAccount fsMember = user(Role.MEMBER, Department.FIELD_SALES, true);
    private final UserAccount leftIs = user(Role.MEMBER, Department.INSIDE_SALES, false);
    private final List<UserAccount> everyone =
            List.of(admin, executive, isManager, isMember, isTeammate, fsMember, leftIs);

    @Test
    void adminsGiveToAnyoneActiveManagersWithinTheirDepartmentOthersToNobody() {
        assertThat(OwnerRule.mayAssign(signedIn(admin), fsMember)).isTrue();
        assertThat(OwnerRule.mayAssign(signedIn(admin), executive)).isTrue();
        assertThat(OwnerRule.mayAssign(signedIn(admin), leftIs))
                .as("deactivated")
                .isFalse();
        assertThat(OwnerRule.mayAssign(signedIn(isManager), isTeammate)).isTrue();
        assertThat(OwnerRule.mayAssign(signedIn(isManager), isManager)).isTrue();
        assertThat(OwnerRule.mayAssign(signedIn(isManager), fsMember)).isFalse();
        assertThat(OwnerRule.mayAssign(signedIn(isManager), leftIs)).isFalse();
        assertThat(OwnerRule.mayAssign(signedIn(isMember), isTeammate)).isFalse();
        assertThat(OwnerRule.mayAssign(signedIn(isMember), isMember))
                .as("members do not take records, as customer.md says")
                .isFalse();
        assertThat(OwnerRule.mayAssign(signedIn(executive), isMember)).isFalse();
    }

    @Test
    void keepingNeedsNoRightLeavingWithoutOwnerIsForAdminsUnlessTheOwnerHasLeft() {
        assertThat(OwnerRule.mayChange(signedIn(isMember), fsMember, fsMember)).isTrue();
        assertThat(OwnerRule.mayChange(signedIn(isMember), null, null)).isTrue();
        assertThat(OwnerRule.mayChange(signedIn(isMember), null, isMember)).isFalse();
        assertThat(OwnerRule.mayChange(signedIn(isManager), isMember, null)).isFalse();
        assertThat(OwnerRule.mayChange(signedIn(admin), isMember, null)).isTrue();
        assertThat(OwnerRule.mayChange(signedIn(isManager), leftIs, null))
                .as("a deactivated owner owns nothing any more")
                .isTrue();
        assertThat(OwnerRule.mayChange(signedIn(isManager), fsMember, isTeammate))
                .isTrue();
    }

    @Test
    void aNewRecordMayBelongToWhoAddsIt() {
        assertThat(OwnerRule.mayOwnNew(signedIn(isMember), isMember)).isTrue();
        assertThat(OwnerRule.mayOwnNew(signedIn(isMember), null)).isTrue();
        assertThat(OwnerRule.mayOwnNew(signedIn(isMember), isTeammate)).isFalse();
        assertThat(OwnerRule.mayOwnNew(signedIn(isManager), isTeammate)).isTrue();
    }

    @Test
    void aManagersMenuListsTheDepartmentAndKeepsAnOwnerFromElsewhere() {
        OwnerChoices choices = OwnerChoices.of(signedIn(isManager), everyone, fsMember.id());

        assertThat(choices.menu()).isTrue();
        assertThat(choices.people()).containsExactly(isManager, isMember, isTeammate, fsMember);
        assertThat(choices.selected()).isEqualTo(fsMember.id());
        assertThat(choices.noneOffered()).isFalse();
    }

    @Test
    void aDeactivatedOwnerIsNeverChosenNoOwnerIsThenAndTheMenuIsNeverEmpty() {
        OwnerChoices manager = OwnerChoices.of(signedIn(isManager), everyone, leftIs.id());
        assertThat(manager.people()).doesNotContain(leftIs).isNotEmpty();
        assertThat(manager.selected()).isNull();
        assertThat(manager.noneOffered()).isTrue();

        OwnerChoices admins = OwnerChoices.of(signedIn(admin), everyone, null);
        assertThat(admins.people()).containsExactly(admin, executive, isManager, isMember, isTeammate, fsMember);
        assertThat(admins.noneOffered()).isTrue();
        assertThat(admins.selected()).isNull();
    }

    @Test
    void membersAndExecutivesGetNoMenu() {
        assertThat(OwnerChoices.of(signedIn(isMember), everyone, isMember.id()).menu())
                .isFalse();
        assertThat(OwnerChoices.of(signedIn(executive), everyone, null).menu()).isFalse();
    }
}
