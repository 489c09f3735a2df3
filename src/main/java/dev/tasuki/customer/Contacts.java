package dev.tasuki.customer;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.AccountRows;
import dev.tasuki.customer.internal.ContactRows;
import dev.tasuki.customer.internal.ContactValues;
import dev.tasuki.customer.internal.CustomerHistory;
import dev.tasuki.customer.internal.EditRights;
import dev.tasuki.customer.internal.Texts;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.Page;

/**
 * Contacts: the people at customers. Emails are unique (compared trimmed and lower-cased); a contact has a name or an
 * email at least. The access rules are those of accounts (see {@link EditRights}).
 */
@Service
@Transactional
public class Contacts {

    private final ContactRows rows;
    private final AccountRows accounts;
    private final EditRights rights;
    private final CustomerHistory history;
    private final OrganisationClock clock;

    Contacts(
            ContactRows rows,
            AccountRows accounts,
            EditRights rights,
            CustomerHistory history,
            OrganisationClock clock) {
        this.rows = rows;
        this.accounts = accounts;
        this.rights = rights;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Contact get(long id) {
        return rows.find(id).orElseThrow(() -> ContactNotFound.forId(id));
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(long id) {
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Contact> findByEmail(String email) {
        String normalised = Texts.email(email);
        return normalised == null ? Optional.empty() : rows.findByEmail(normalised);
    }

    @Transactional(readOnly = true)
    public Page<Contact> search(ContactSearch search) {
        return rows.search(search);
    }

    public boolean mayEdit(Contact contact, SignedInUser user) {
        return rights.mayEdit(contact.ownerId(), user);
    }

    public boolean mayCreate(SignedInUser user) {
        return rights.mayCreate(user);
    }

    public Contact create(NewContact command, SignedInUser by) {
        rights.checkCreate(by);
        Long owner = rights.ownerOfNew(command.ownerId(), by);
        ContactValues values = values(
                command.accountId(),
                command.familyName(),
                command.givenName(),
                command.familyNameKana(),
                command.givenNameKana(),
                command.email(),
                command.phone(),
                command.title(),
                command.departmentName(),
                owner);
        checkEmailFree(values.email(), null);
        long id = saving(() -> rows.insert(values, by.id(), clock.now()));
        Contact created = get(id);
        history.contactCreated(id, created.accountId(), created.displayName(), by);
        return created;
    }

    public Contact change(long id, ContactChange command, SignedInUser by) {
        Contact current = get(id);
        rights.checkEdit(current.ownerId(), by);
        if (command.version() == null) {
            throw CustomerRuleBroken.staleVersion();
        }
        rights.checkOwnerChange(current.ownerId(), command.ownerId(), by);
        ContactValues values = values(
                command.accountId(),
                command.familyName(),
                command.givenName(),
                command.familyNameKana(),
                command.givenNameKana(),
                command.email(),
                command.phone(),
                command.title(),
                command.departmentName(),
                command.ownerId());
        checkEmailFree(values.email(), id);
        if (!saving(() -> rows.update(id, command.version(), values, clock.now()))) {
            throw CustomerRuleBroken.staleVersion();
        }
        Contact changed = get(id);
        if (!Objects.equals(current.ownerId(), command.ownerId())) {
            history.contactOwnerChanged(id, changed.accountId(), changed.displayName(), command.ownerId(), by);
        }
        return changed;
    }

    private ContactValues values(
            Long accountId,
            String familyName,
            String givenName,
            String familyNameKana,
            String givenNameKana,
            String email,
            String phone,
            String title,
            String departmentName,
            Long owner) {
        if (accountId != null && accounts.find(accountId).isEmpty()) {
            throw CustomerRuleBroken.accountUnknown(accountId);
        }
        ContactValues values = new ContactValues(
                accountId,
                Texts.clean(familyName),
                Texts.clean(givenName),
                Texts.katakana(familyNameKana),
                Texts.katakana(givenNameKana),
                Texts.email(email),
                Texts.phone(phone),
                Texts.clean(title),
                Texts.clean(departmentName),
                owner);
        if (!values.hasNameOrEmail()) {
            throw CustomerRuleBroken.nameOrEmailRequired();
        }
        return values;
    }

    private void checkEmailFree(String email, Long exceptId) {
        if (email == null) {
            return;
        }
        rows.findByEmail(email)
                .filter(other -> exceptId == null || other.id() != exceptId)
                .ifPresent(other -> {
                    throw CustomerRuleBroken.emailTaken(other.id(), other.displayName());
                });
    }

    private static <T> T saving(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException race) {
            throw CustomerRuleBroken.takenJustNow("email");
        }
    }
}
