package dev.tasuki.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.internal.AccountMatching;
import dev.tasuki.customer.internal.AccountRows;
import dev.tasuki.customer.internal.AccountValues;
import dev.tasuki.customer.internal.CompanyNames;
import dev.tasuki.customer.internal.CustomerHistory;
import dev.tasuki.customer.internal.Domains;
import dev.tasuki.customer.internal.EditRights;
import dev.tasuki.customer.internal.Texts;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.platform.Page;

/**
 * Accounts: reading, searching, matching a lead to its company, adding and editing under the access rules (see
 * {@link EditRights}). Every change is checked before anything is written.
 */
@Service
@Transactional
public class Accounts {

    private final AccountRows rows;
    private final AccountMatching matching;
    private final EditRights rights;
    private final CustomerHistory history;
    private final OrganisationClock clock;

    Accounts(
            AccountRows rows,
            AccountMatching matching,
            EditRights rights,
            CustomerHistory history,
            OrganisationClock clock) {
        this.rows = rows;
        this.matching = matching;
        this.rights = rights;
        this.history = history;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Account get(long id) {
        return rows.find(id).orElseThrow(() -> AccountNotFound.forId(id));
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return rows.find(id);
    }

    @Transactional(readOnly = true)
    public Page<Account> search(AccountSearch search) {
        return rows.search(search);
    }

    /**
     * The account a lead belongs to: first the one whose domain is the email's domain (or a parent of it), unless that
     * is a free-mail or carrier domain; then the one account whose name is the company name once normalised (see
     * {@link CompanyNames}). Several accounts of that name match none: a person has to choose.
     */
    @Transactional(readOnly = true)
    public Optional<Account> matchFor(String emailOrDomain, String companyName) {
        CompanyClue clue = new CompanyClue(emailOrDomain, companyName);
        return Optional.ofNullable(matching.match(List.of(clue)).get(clue)).flatMap(rows::find);
    }

    /**
     * {@link #matchFor} for many leads at once (a batch of an import): the account id of each clue that matches one.
     */
    @Transactional(readOnly = true)
    public Map<CompanyClue, Long> matchAll(Collection<CompanyClue> clues) {
        return matching.match(clues);
    }

    /** Whether the user may edit the account (admins always, executives never, else owner or owner's department). */
    public boolean mayEdit(Account account, SignedInUser user) {
        return rights.mayEdit(account.ownerId(), user);
    }

    public boolean mayCreate(SignedInUser user) {
        return rights.mayCreate(user);
    }

    public Account create(NewAccount command, SignedInUser by) {
        rights.checkCreate(by);
        Long owner = rights.ownerOfNew(command.ownerId(), by);
        AccountValues values = values(
                command.name(),
                command.nameKana(),
                command.domain(),
                command.industry(),
                command.employeeBand(),
                command.segment(),
                owner,
                command.phone(),
                command.prefecture(),
                command.address());
        checkDomainFree(values.domain(), null);
        long id = saving(() -> rows.insert(values, by.id(), clock.now()));
        history.accountCreated(id, by);
        return get(id);
    }

    public Account change(long id, AccountChange command, SignedInUser by) {
        Account current = get(id);
        rights.checkEdit(current.ownerId(), by);
        if (command.version() == null) {
            throw CustomerRuleBroken.staleVersion();
        }
        rights.checkOwnerChange(current.ownerId(), command.ownerId(), by);
        AccountValues values = values(
                command.name(),
                command.nameKana(),
                command.domain(),
                command.industry(),
                command.employeeBand(),
                command.segment(),
                command.ownerId(),
                command.phone(),
                command.prefecture(),
                command.address());
        checkDomainFree(values.domain(), id);
        boolean updated = saving(() -> rows.update(id, command.version(), values, clock.now()));
        if (!updated) {
            throw CustomerRuleBroken.staleVersion();
        }
        if (!Objects.equals(current.ownerId(), command.ownerId())) {
            history.accountOwnerChanged(id, command.ownerId(), by);
        }
        return get(id);
    }

    private void checkDomainFree(String domain, Long exceptId) {
        if (domain == null) {
            return;
        }
        rows.findByDomain(domain)
                .filter(other -> exceptId == null || other.id() != exceptId)
                .ifPresent(other -> {
                    throw CustomerRuleBroken.domainTaken(other.id(), other.name());
                });
    }

    /** Another user saving the same domain at the same moment loses at the unique constraint. */
    private static <T> T saving(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException race) {
            throw CustomerRuleBroken.takenJustNow("domain");
        }
    }

    private static AccountValues values(
            String name,
            String nameKana,
            String domainInput,
            Industry industry,
            EmployeeBand band,
            Segment segment,
            Long owner,
            String phone,
            Prefecture prefecture,
            String address) {
        String domain = Domains.normalise(domainInput).orElse(null);
        if (domain != null && !Domains.valid(domain)) {
            throw CustomerRuleBroken.domainInvalid();
        }
        return new AccountValues(
                Texts.clean(name),
                Texts.katakana(nameKana),
                domain,
                industry,
                band,
                segment,
                owner,
                Texts.phone(phone),
                prefecture,
                Texts.clean(address));
    }
}
