package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.platform.TasukiException;

@IntegrationTest
class ContactsTests {

    @Autowired
    Contacts contacts;

    @Autowired
    Accounts accounts;

    @Autowired
    TestUsers users;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewContact person(Long accountId, String family, String email) {
        return new NewContact(accountId, family, "太郎", "やまだ", "たろう", email, null, "部長", "情報システム部", null);
    }

    private static ContactChange withEmail(Contact contact, String email) {
        ContactChange change = ContactChange.of(contact);
        return new ContactChange(
                change.accountId(),
                change.familyName(),
                change.givenName(),
                change.familyNameKana(),
                change.givenNameKana(),
                email,
                change.phone(),
                change.title(),
                change.departmentName(),
                change.ownerId(),
                change.version());
    }

    @Test
    void aContactIsStoredNormalisedWithItsAccount() {
        SignedInUser member = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        Account account = accounts.create(
                new NewAccount("株式会社連絡" + unique(), null, null, null, null, null, null, null, null, null), member);
        String email = "Yamada." + unique() + "@Example.co.jp";

        Contact contact = contacts.create(person(account.id(), "山田", "  " + email + " "), member);

        assertThat(contact.email()).isEqualTo(email.toLowerCase());
        assertThat(contact.nameKana().display()).isEqualTo("ヤマダ タロウ");
        assertThat(contact.accountName()).isEqualTo(account.name());
        assertThat(contact.ownerId()).isEqualTo(member.id());
        assertThat(contacts.findByEmail(email.toUpperCase())).hasValue(contact);
        assertThat(contacts.search(ContactSearch.ofAccount(account.id())).items())
                .containsExactly(contact);
    }

    @Test
    void aDuplicateEmailIsRefusedOnCreateAndOnEditNamingTheContactThatHasIt() {
        SignedInUser member = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        String email = "dup-" + unique() + "@example.com";
        Contact first = contacts.create(person(null, "先客", email), member);

        assertThatThrownBy(() -> contacts.create(person(null, "後客", email.toUpperCase()), member))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.CONFLICT);
                    assertThat(broken.field()).isEqualTo("email");
                    assertThat(broken.existingId()).isEqualTo(first.id());
                    assertThat(broken.arguments()).contains("先客 太郎");
                });

        Contact second = contacts.create(person(null, "別人", "other-" + unique() + "@example.com"), member);
        assertThatThrownBy(() -> contacts.change(second.id(), withEmail(second, " " + email + " "), member))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.existingId()).isEqualTo(first.id()));
        assertThat(contacts.get(second.id()).email()).startsWith("other-");
        assertThat(contacts.change(first.id(), withEmail(first, email.toUpperCase()), member)
                        .email())
                .as("keeping one's own email is no duplicate")
                .isEqualTo(email);
    }

    @Test
    void aContactNeedsANameOrAnEmail() {
        SignedInUser member = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        assertThatThrownBy(() ->
                        contacts.create(new NewContact(null, " ", "", "", "", " ", null, "部長", null, null), member))
                .isInstanceOfSatisfying(CustomerRuleBroken.class, broken -> {
                    assertThat(broken.kind()).isEqualTo(TasukiException.Kind.RULE_BROKEN);
                    assertThat(broken.messageKey()).isEqualTo("contact.nameOrEmailRequired");
                });
        Contact emailOnly = contacts.create(
                new NewContact(
                        null, null, null, null, null, "only-" + unique() + "@example.com", null, null, null, null),
                member);
        assertThat(emailOnly.displayName()).isEqualTo(emailOnly.email());
    }

    @Test
    void editingFollowsTheOwnersDepartment() {
        UserAccount owner = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        UserAccount colleague = users.fresh(Role.MEMBER, Department.CUSTOMER_SUCCESS);
        UserAccount outsider = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        Contact contact = contacts.create(person(null, "担当", null), users.signedIn(owner.email()));

        Contact changed = contacts.change(
                contact.id(), withEmail(contact, "cs-" + unique() + "@example.com"), users.signedIn(colleague.email()));
        assertThatThrownBy(
                        () -> contacts.change(contact.id(), withEmail(changed, null), users.signedIn(outsider.email())))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.kind()).isEqualTo(TasukiException.Kind.FORBIDDEN));
        assertThatThrownBy(() ->
                        contacts.change(contact.id(), withEmail(changed, null), users.signedIn(TestUsers.EXECUTIVE)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.readOnly"));
        assertThatThrownBy(() ->
                        contacts.change(contact.id(), withEmail(contact, null), users.signedIn(colleague.email())))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.staleVersion"));
        assertThat(contacts.get(contact.id()).email()).isEqualTo(changed.email());
    }

    @Test
    void anUnknownAccountIsRefusedAtItsField() {
        assertThatThrownBy(() ->
                        contacts.create(person(987654321L, "迷子", null), users.signedIn(TestUsers.MARKETING_MEMBER)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("accountId"));
    }

    @Test
    void searchFindsNamesKanaAndEmailsWordByWord() {
        SignedInUser member = users.signedIn(TestUsers.MARKETING_MEMBER);
        String tag = "c" + unique();
        Contact yamada = contacts.create(
                new NewContact(null, "山田" + tag, "花子", "やまだ", "はなこ", tag + "@example.jp", null, null, null, null),
                member);
        contacts.create(new NewContact(null, "田中" + tag, "花子", "たなか", "はなこ", null, null, null, null, null), member);

        assertThat(contacts.search(new ContactSearch(tag, null, null, null, 0, 25))
                        .total())
                .isEqualTo(2);
        assertThat(contacts.search(new ContactSearch("山田" + tag + " 花子", null, null, null, 0, 25))
                        .items())
                .containsExactly(yamada);
        assertThat(contacts.search(new ContactSearch("山田" + tag + "花子", null, null, null, 0, 25))
                        .items())
                .containsExactly(yamada);
        assertThat(contacts.search(new ContactSearch(tag + " ﾔﾏﾀﾞ", null, null, null, 0, 25))
                        .items())
                .containsExactly(yamada);
        assertThat(contacts.search(new ContactSearch(tag + "@EXAMPLE", null, null, "-updatedAt", 0, 25))
                        .items())
                .containsExactly(yamada);
        assertThat(contacts.search(new ContactSearch(tag, null, null, "x' --", 0, 1))
                        .totalPages())
                .isEqualTo(2);
    }
}
