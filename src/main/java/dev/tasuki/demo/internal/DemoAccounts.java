package dev.tasuki.demo.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.tasuki.identity.Department;
import dev.tasuki.relay.LifecycleStage;

/**
 * The companies as accounts once their leads have run: a customer (or a former one) belongs to Customer Success, a
 * company with an opportunity to the seller who worked it, any other to a Field Sales member. An account exists from
 * its first lead on. Customers get contacts: the person who bought, and often a second one.
 */
final class DemoAccounts {

    /** An account as planned: the company, its owner, and when and by whom it was created. */
    record PlannedAccount(DemoCompanies.Company company, long ownerId, Instant createdAt, long createdBy) {}

    /** A contact of a customer account (an index into the accounts), owned by the account's owner. */
    record PlannedContact(
            int account,
            JapaneseNames.Person person,
            String email,
            String phone,
            String title,
            String departmentName,
            long ownerId) {}

    private static final String[] SECOND_CONTACTS = {"経理部 課長", "情報システム部 主任", "営業企画部 担当", "総務部 部長"};

    private final Random random;
    private final DemoTeam team;

    DemoAccounts(Random random, DemoTeam team) {
        this.random = random;
        this.team = team;
    }

    /**
     * The accounts; those of customers from before the history exist from its start, the others from their first lead
     * on.
     */
    List<PlannedAccount> accounts(
            List<DemoCompanies.Company> companies,
            List<PlannedLead> leads,
            Set<Integer> customers,
            Instant historyStart) {
        List<PlannedAccount> accounts = new ArrayList<>(companies.size());
        for (int i = 0; i < companies.size(); i++) {
            List<PlannedLead> theirs = leadsOf(i, leads);
            PlannedLead first = theirs.isEmpty() ? null : theirs.get(0);
            boolean customer = customers.contains(i);
            boolean before = first == null
                    || customer && theirs.stream().noneMatch(lead -> lead.reached(LifecycleStage.CUSTOMER));
            Instant created = before ? historyStart : first.createdAt();
            long createdBy = first == null ? team.marketing().get(0) : first.createdBy();
            accounts.add(new PlannedAccount(companies.get(i), owner(theirs, customer), created, createdBy));
        }
        return accounts;
    }

    List<PlannedContact> contacts(List<PlannedAccount> accounts, List<PlannedLead> leads, EmailAddresses emails) {
        List<PlannedContact> contacts = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            PlannedAccount account = accounts.get(i);
            for (PlannedLead lead : leadsOf(i, leads)) {
                if (!lead.reached(LifecycleStage.CUSTOMER)) {
                    continue;
                }
                String[] title = lead.title().split(" ", 2);
                contacts.add(new PlannedContact(
                        i,
                        lead.person(),
                        lead.email(),
                        lead.phone(),
                        title[title.length - 1],
                        title.length == 2 ? title[0] : null,
                        account.ownerId()));
                if (random.nextBoolean()) {
                    JapaneseNames.Person colleague = JapaneseNames.person(random);
                    String[] second = SECOND_CONTACTS[random.nextInt(SECOND_CONTACTS.length)].split(" ");
                    contacts.add(new PlannedContact(
                            i,
                            colleague,
                            emails.of(colleague, account.company()),
                            account.company().phone(),
                            second[1],
                            second[0],
                            account.ownerId()));
                }
            }
        }
        return contacts;
    }

    private long owner(List<PlannedLead> theirs, boolean customer) {
        for (PlannedLead lead : theirs) {
            if (lead.reached(LifecycleStage.CUSTOMER)) {
                return team.of(Department.CUSTOMER_SUCCESS).contains(lead.ownerId())
                        ? lead.ownerId()
                        : team.someoneIn(Department.CUSTOMER_SUCCESS, random);
            }
        }
        if (customer) {
            return team.someoneIn(Department.CUSTOMER_SUCCESS, random);
        }
        return theirs.stream()
                .filter(lead -> lead.reached(LifecycleStage.OPPORTUNITY))
                .reduce((a, b) -> b)
                .map(lead -> lead.entries().stream()
                        .filter(entry -> entry.stage() == LifecycleStage.OPPORTUNITY)
                        .findFirst()
                        .orElseThrow()
                        .byUserId())
                .orElseGet(() -> team.someoneIn(Department.FIELD_SALES, random));
    }

    private static List<PlannedLead> leadsOf(int company, List<PlannedLead> leads) {
        return leads.stream()
                .filter(lead -> lead.company() == company)
                .sorted(Comparator.comparing(PlannedLead::createdAt))
                .toList();
    }
}
