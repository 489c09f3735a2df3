package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.platform.Page;
import dev.tasuki.platform.TasukiException;

@IntegrationTest
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    TestUsers users;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private SignedInUser signedIn(UserAccount user) {
        return users.signedIn(user.email());
    }

    private Account create(String name, String domain, SignedInUser by) {
        return accounts.create(
                new NewAccount(
                        name,
                        null,
                        domain,
                        Industry.IT_SOFTWARE,
                        EmployeeBand.B50_99,
                        Segment.SMB,
                        null,
                        null,
                        null,
                        null),
                by);
    }

    private static AccountChange renamed(Account account, String name) {
        AccountChange change = AccountChange.of(account);
        return new AccountChange(
                name,
                change.nameKana(),
                change.domain(),
                change.industry(),
                change.employeeBand(),
                change.segment(),
                change.ownerId(),
                change.phone(),
                change.prefecture(),
                change.address(),
                change.version());
    }

    private static AccountChange ownedBy(Account account, Long owner) {
        AccountChange change = AccountChange.of(account);
        return new AccountChange(
                change.name(),
                change.nameKana(),
                change.domain(),
                change.industry(),
                change.employeeBand(),
                change.segment(),
                owner,
                change.phone(),
                change.prefecture(),
                change.address(),
                change.version());
    }

    @Test
    void anAccountIsStoredNormalisedAndBelongsToTheMemberWhoAddsIt() {
        SignedInUser member = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        String domain = "norm-" + unique() + ".co.jp";
        Account account = accounts.create(
                new NewAccount(
                        "  株式会社ノーマル  ",
                        "のーまる",
                        "https://www." + domain.toUpperCase() + "/",
                        Industry.MANUFACTURING,
                        EmployeeBand.B100_299,
                        Segment.MID_MARKET,
                        null,
                        "０３－１２３４－５６７８",
                        Prefecture.TOKYO,
                        "千代田区丸の内1-1"),
                member);

        assertThat(account.name()).isEqualTo("株式会社ノーマル");
        assertThat(account.nameKana()).isEqualTo("ノーマル");
        assertThat(account.domain()).isEqualTo(domain);
        assertThat(account.phone()).isEqualTo("03-1234-5678");
        assertThat(account.ownerId()).isEqualTo(member.id());
        assertThat(account.createdBy()).isEqualTo(member.id());
        assertThat(account.version()).isZero();
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    @Test
    void leadsMatchAnAccountByEmailDomainButNeverByFreeMail() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String domain = "match-" + unique() + ".co.jp";
        Account account = create("株式会社マッチ" + unique(), domain, member);

        assertThat(accounts.matchFor("taro@" + domain.toUpperCase(), null)).hasValue(account);
        assertThat(accounts.matchFor("hanako@sales." + domain, "別の会社")).hasValue(account);
        assertThat(accounts.matchFor(domain, null)).hasValue(account);
        assertThat(accounts.matchFor("someone@gmail.com", null)).isEmpty();
        assertThat(accounts.matchFor("someone@docomo.ne.jp", "")).isEmpty();
        assertThat(accounts.matchFor("someone@unknown-" + unique() + ".com", null))
                .isEmpty();
    }

    @Test
    void leadsMatchByCompanyNameOnceNormalised() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String name = "ミナトロジ" + unique().toUpperCase();
        Account account = create("株式会社" + name, null, member);
        String halfWidth = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);

        assertThat(accounts.matchFor("taro@gmail.com", "（株）" + name)).hasValue(account);
        assertThat(accounts.matchFor(null, " " + halfWidth.toLowerCase() + "㈱ "))
                .hasValue(account);
        assertThat(accounts.matchFor("taro@yahoo.co.jp", "株式会社")).isEmpty();
    }

    @Test
    void twoAccountsOfOneNameMatchNone() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String name = "フタゴ" + unique();
        create("株式会社" + name, null, member);
        create(name + "株式会社", null, member);

        assertThat(accounts.matchFor(null, name)).isEmpty();
    }

    @Test
    void manyLeadsAreMatchedAtOnceByTheSameRule() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String domain = "batch-" + unique() + ".co.jp";
        Account byDomain = create("株式会社バッチ" + unique(), domain, member);
        String name = "バッチメイ" + unique().toUpperCase();
        Account byName = create("株式会社" + name, null, member);
        String twin = "バッチフタゴ" + unique();
        create("株式会社" + twin, null, member);
        create(twin + "株式会社", null, member);
        CompanyClue sub = new CompanyClue("hanako@sales." + domain, "別の会社");
        CompanyClue freeMail = new CompanyClue("taro@gmail.com", "（株）" + name);
        CompanyClue twins = new CompanyClue(null, twin);
        CompanyClue unknown = new CompanyClue("someone@unknown-" + unique() + ".com", null);

        assertThat(accounts.matchAll(List.of(sub, freeMail, twins, unknown)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(sub, byDomain.id(), freeMail, byName.id()));
    }

    @Test
    void aDomainBelongsToOneAccount() {
        SignedInUser member = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        String domain = "dup-" + unique() + ".com";
        Account first = create("最初の会社", domain, member);

        assertThatThrownBy(() -> create("二番目の会社", "https://www." + domain, member))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.CONFLICT);
                    assertThat(broken.field()).isEqualTo("domain");
                    assertThat(broken.existingId()).isEqualTo(first.id());
                });
        assertThatThrownBy(() -> create("おかしな会社", "not a domain", member))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("account.domainInvalid"));
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        SignedInUser member = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        Account opened = create("古い版" + unique(), null, member);
        accounts.change(opened.id(), renamed(opened, "先に保存"), member);

        assertThatThrownBy(() -> accounts.change(opened.id(), renamed(opened, "後から保存"), member))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.CONFLICT);
                    assertThat(broken.messageKey()).isEqualTo("customer.staleVersion");
                });
        Account stored = accounts.get(opened.id());
        assertThat(stored.name()).isEqualTo("先に保存");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void theOwnersDepartmentEditsOtherDepartmentsDoNot() {
        UserAccount owner = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        UserAccount colleague = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        UserAccount manager = users.fresh(Role.MANAGER, Department.FIELD_SALES);
        UserAccount outsider = users.fresh(Role.MEMBER, Department.MARKETING);
        Account account = create("部門の会社" + unique(), null, signedIn(owner));

        Account byColleague = accounts.change(account.id(), renamed(account, "同僚が編集"), signedIn(colleague));
        Account byManager = accounts.change(account.id(), renamed(byColleague, "上長が編集"), signedIn(manager));
        assertThat(byManager.name()).isEqualTo("上長が編集");

        assertThat(accounts.mayEdit(byManager, signedIn(outsider))).isFalse();
        assertThatThrownBy(() -> accounts.change(account.id(), renamed(byManager, "他部門"), signedIn(outsider)))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.FORBIDDEN);
                    assertThat(broken.messageKey()).isEqualTo("customer.notEditable");
                });
        assertThat(accounts.get(account.id()).name()).isEqualTo("上長が編集");
    }

    @Test
    void executivesReadOnlyAdminsEditEverythingAnyoneEditsWhatNobodyOwns() {
        SignedInUser executive = users.signedIn(TestUsers.EXECUTIVE);
        SignedInUser admin = users.signedIn(TestUsers.ADMIN);
        Account account = create("管理者の会社" + unique(), null, admin);
        assertThat(account.ownerId())
                .as("an admin belongs to no department, so owns nothing by default")
                .isNull();

        assertThatThrownBy(() -> create("経営層の会社", null, executive))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.readOnly"));
        assertThatThrownBy(() -> accounts.change(account.id(), renamed(account, "経営層"), executive))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.readOnly"));

        Account byAnyone = accounts.change(
                account.id(), renamed(account, "誰でも"), users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER));
        UserAccount someone = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        Account owned = accounts.change(account.id(), ownedBy(byAnyone, someone.id()), admin);
        assertThat(accounts.change(account.id(), renamed(owned, "管理者が編集"), admin)
                        .name())
                .isEqualTo("管理者が編集");
    }

    @Test
    void membersDoNotAssignOwnersManagersAssignOnlyInTheirDepartment() {
        UserAccount member = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        UserAccount teammate = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        UserAccount manager = users.fresh(Role.MANAGER, Department.INSIDE_SALES);
        UserAccount fieldSales = users.fresh(Role.MEMBER, Department.FIELD_SALES);

        assertThatThrownBy(() -> accounts.create(
                        new NewAccount("押し付け", null, null, null, null, null, teammate.id(), null, null, null),
                        signedIn(member)))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.field()).isEqualTo("ownerId");
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.FORBIDDEN);
                });
        Account account = create("担当替え" + unique(), null, signedIn(member));
        assertThatThrownBy(() -> accounts.change(account.id(), ownedBy(account, teammate.id()), signedIn(member)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.ownerNotAssignable"));

        Account reassigned = accounts.change(account.id(), ownedBy(account, teammate.id()), signedIn(manager));
        assertThat(reassigned.ownerId()).isEqualTo(teammate.id());
        assertThatThrownBy(() -> accounts.change(account.id(), ownedBy(reassigned, fieldSales.id()), signedIn(manager)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.ownerNotAssignable"));
        assertThat(accounts.change(account.id(), ownedBy(reassigned, fieldSales.id()), users.signedIn(TestUsers.ADMIN))
                        .ownerId())
                .isEqualTo(fieldSales.id());
        assertThat(accounts.get(account.id()).ownerId()).isEqualTo(fieldSales.id());
    }

    @Test
    void searchFiltersSortsAndPagesWithTheTotal() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String tag = "srch" + unique();
        for (int i = 0; i < 30; i++) {
            accounts.create(
                    new NewAccount(
                            String.format("%s 会社%02d", tag, i),
                            null,
                            null,
                            i % 3 == 0 ? Industry.FINANCE : Industry.RETAIL,
                            null,
                            i < 10 ? Segment.ENTERPRISE : Segment.SMB,
                            null,
                            null,
                            null,
                            null),
                    member);
        }

        Page<Account> first = accounts.search(new AccountSearch(tag, null, null, null, null, "name", 0, 25));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.items()).hasSize(25);
        assertThat(first.items().get(0).name()).isEqualTo(tag + " 会社00");
        assertThat(first.hasNext()).isTrue();
        Page<Account> second = accounts.search(new AccountSearch(tag, null, null, null, null, "name", 1, 25));
        assertThat(second.items())
                .extracting(Account::name)
                .containsExactly(tag + " 会社25", tag + " 会社26", tag + " 会社27", tag + " 会社28", tag + " 会社29");

        Page<Account> descending = accounts.search(new AccountSearch(tag, null, null, null, null, "-name", 0, 3));
        assertThat(descending.items())
                .extracting(Account::name)
                .containsExactly(tag + " 会社29", tag + " 会社28", tag + " 会社27");

        Page<Account> finance =
                accounts.search(new AccountSearch(tag, Industry.FINANCE, Segment.ENTERPRISE, null, null, null, 0, 25));
        assertThat(finance.total()).isEqualTo(4);
        assertThat(accounts.search(new AccountSearch(tag + " 会社1", null, null, null, member.id(), null, 0, 25))
                        .total())
                .isEqualTo(10);
        assertThat(accounts.search(new AccountSearch(tag.toUpperCase() + "　会社０５", null, null, null, null, null, 0, 25))
                        .total())
                .as("full-width and case do not matter")
                .isEqualTo(1);
    }

    @Test
    void injectionInTheQueryOrTheSortIsHarmless() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String tag = "inj" + unique();
        create(tag + " 安全な会社", null, member);

        Page<Account> quoted = accounts.search(new AccountSearch("' or 1=1 --", null, null, null, null, null, 0, 25));
        assertThat(quoted.total()).isZero();
        assertThat(accounts.search(new AccountSearch("%", null, null, null, null, null, 0, 25))
                        .total())
                .as("LIKE wildcards are searched for literally")
                .isZero();
        Page<Account> sorted =
                accounts.search(new AccountSearch(tag, null, null, null, null, "name; drop table account --", 0, 25));
        assertThat(sorted.items()).extracting(Account::name).containsExactly(tag + " 安全な会社");
        assertThat(accounts.search(new AccountSearch(tag, null, null, null, null, "(select 1)", 0, 25))
                        .total())
                .isEqualTo(1);
        assertThat(accounts.search(AccountSearch.all()).total()).isPositive();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> accounts.get(987654321L))
                .isInstanceOfSatisfying(
                        AccountNotFound.class,
                        missing -> assertThat(missing.kind()).isEqualTo(TasukiException.Kind.NOT_FOUND));
        assertThat(accounts.find(987654321L)).isEmpty();
    }
}
