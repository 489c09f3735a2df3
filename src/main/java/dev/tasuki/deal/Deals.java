package dev.tasuki.deal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Accounts;
import dev.tasuki.deal.internal.DealCatalog;
import dev.tasuki.deal.internal.DealDesk;
import dev.tasuki.deal.internal.DealStageEntries;
import dev.tasuki.deal.internal.DealTable;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserAccount;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.platform.OrganisationClock;

/** Deals: opening, editing, moving through the pipeline, winning and losing them, and reading them. */
@Service
@Transactional
public class Deals {

    private final DealDesk desk;
    private final DealTable table;
    private final DealCatalog catalog;
    private final DealStageEntries entries;
    private final UserDirectory directory;
    private final OrganisationClock clock;
    private final Accounts accounts;

    Deals(
            DealDesk desk,
            DealTable table,
            DealCatalog catalog,
            DealStageEntries entries,
            UserDirectory directory,
            OrganisationClock clock,
            Accounts accounts) {
        this.accounts = accounts;
        this.desk = desk;
        this.table = table;
        this.catalog = catalog;
        this.entries = entries;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Deal get(long id) {
        return desk.get(id);
    }

    @Transactional(readOnly = true)
    public List<Deal> ofAccount(long accountId) {
        return table.ofAccount(accountId);
    }

    @Transactional(readOnly = true)
    public List<Deal> search(DealStatus status, String stage, Long ownerId, DealType type) {
        return table.search(status, stage, ownerId, type);
    }

    @Transactional(readOnly = true)
    public List<DealStageEntry> history(long id) {
        return entries.of(id);
    }

    @Transactional(readOnly = true)
    public List<DealStage> stages() {
        return catalog.stages();
    }

    @Transactional(readOnly = true)
    public List<DealReason> reasons(DealStatus outcome) {
        return catalog.reasons(outcome);
    }

    /**
     * A deal opened by hand: Field Sales for new business, Customer Success for its customers' expansions and renewals.
     */
    public Deal open(DealDetails details, SignedInUser actor) {
        Department department =
                actor.department().filter(Department.CUSTOMER_SUCCESS::equals).isPresent()
                        ? Department.CUSTOMER_SUCCESS
                        : Department.FIELD_SALES;
        accounts.get(details.accountId());
        return desk.open(details, null, null, department, actor, owner(details), clock.now());
    }

    public Deal change(long id, DealDetails details, int version, SignedInUser actor) {
        accounts.get(details.accountId());
        return desk.change(id, details, version, actor, owner(details), clock.now());
    }

    public Deal move(long id, String stage, int version, SignedInUser actor) {
        return desk.move(id, stage, version, actor, clock.now());
    }

    public Deal win(long id, CloseDeal command, SignedInUser actor) {
        return desk.win(id, command, actor, clock.now());
    }

    public Deal lose(long id, CloseDeal command, SignedInUser actor) {
        return desk.lose(id, command, actor, clock.now());
    }

    private UserAccount owner(DealDetails details) {
        return details.ownerId() == null ? null : directory.get(details.ownerId());
    }
}
