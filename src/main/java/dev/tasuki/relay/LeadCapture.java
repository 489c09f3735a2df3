package dev.tasuki.relay;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.tasuki.customer.Account;
import dev.tasuki.customer.Accounts;
import dev.tasuki.platform.OrganisationClock;
import dev.tasuki.relay.internal.LeadRegistry;

/**
 * Leads from the organisation's website (the exchange module's public capture endpoint), where no user acts: a new lead
 * enters LEAD and is announced as any new lead is; a lead that already has the email is updated with the form's values,
 * its source and its campaign, and keeps its stage. The account its email or company matches is suggested, as for leads
 * typed by hand.
 */
@Service
@Transactional
public class LeadCapture {

    private final LeadRegistry registry;
    private final Accounts accounts;
    private final OrganisationClock clock;

    LeadCapture(LeadRegistry registry, Accounts accounts, OrganisationClock clock) {
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Lead capture(LeadDetails details) {
        Long suggested = accounts.matchFor(details.email(), details.companyName())
                .map(Account::id)
                .orElse(null);
        return registry.capture(details, suggested, clock.now());
    }
}
