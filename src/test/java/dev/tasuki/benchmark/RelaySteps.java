package dev.tasuki.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.test.context.TestComponent;

import dev.tasuki.demo.ScaleGenerator;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.identity.UserDirectory;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.SendHandoff;

/**
 * The write path the read models ride on: a lead created, handed to Inside Sales and accepted (three stage entries,
 * three events), through the real services, timed per step.
 */
@TestComponent
class RelaySteps {

    private static final int LEADS = Integer.getInteger("benchmark.writes", 300);

    private final Leads leads;
    private final Handoffs handoffs;
    private final UserDirectory users;

    RelaySteps(Leads leads, Handoffs handoffs, UserDirectory users) {
        this.leads = leads;
        this.handoffs = handoffs;
        this.users = users;
    }

    void report(String label) {
        Quiet.waitForQuiet();
        SignedInUser marketing = user("scale-marketing@scale.example");
        SignedInUser insideSales = user("scale-inside_sales@scale.example");
        run(marketing, insideSales, 30);
        long started = System.nanoTime();
        run(marketing, insideSales, LEADS);
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format(
                java.util.Locale.ROOT,
                "%nWrite path, %s: %d relay steps (create, hand to IS, accept)" + " in %.1f s = %.0f steps/s.%n",
                label,
                LEADS * 3,
                seconds,
                LEADS * 3 / seconds);
        try {
            Files.writeString(
                    KpiBenchmark.REPORT,
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(SignedInUser marketing, SignedInUser insideSales, int count) {
        for (int i = 0; i < count; i++) {
            Lead lead = leads.create(
                    new LeadDetails(
                            "計測",
                            "書込" + i,
                            null,
                            null,
                            "write-" + System.nanoTime() + "@bench.example",
                            null,
                            "計測商事",
                            null,
                            null,
                            null,
                            null,
                            LeadSource.INQUIRY,
                            null,
                            null),
                    marketing);
            handoffs.accept(
                    handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "計測", null, null), marketing)
                            .id(),
                    insideSales);
        }
    }

    private SignedInUser user(String email) {
        return new SignedInUser(
                users.findByEmail(email)
                        .orElseThrow(() -> new IllegalStateException(
                                "run KpiBenchmark first: it generates the users " + ScaleGenerator.emails())),
                null);
    }
}
