package dev.tasuki.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.SignedInUser;

@IntegrationTest
@RecordApplicationEvents
class TimelineTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Activities activities;

    @Autowired
    Timeline timeline;

    @Autowired
    Accounts accounts;

    @Autowired
    Contacts contacts;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationEvents events;

    private Account account(SignedInUser by) {
        return accounts.create(
                new NewAccount("株式会社時系列" + UUID.randomUUID(), null, null, null, null, null, null, null, null, null),
                by);
    }

    private Contact contactOf(Account account, SignedInUser by) {
        return contacts.create(new NewContact(account.id(), "佐野", "一郎", null, null, null, null, null, null, null), by);
    }

    @Test
    void anActivityOnAContactShowsOnTheContactAndOnItsAccountWithWhoAndWhichDepartment() {
        SignedInUser inside = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        Account account = account(inside);
        Contact contact = contactOf(account, inside);

        Activity call = activities.log(
                new LogActivity(null, contact.id(), null, ActivityKind.CALL, "初回架電", "決裁者は情シス部長", null, null), inside);

        assertThat(call.accountId()).as("the contact's account").isEqualTo(account.id());
        assertThat(call.byDepartment()).isEqualTo(Department.INSIDE_SALES);
        for (List<TimelineEntry> entries :
                List.of(timeline.ofContact(contact.id(), 10), timeline.ofAccount(account.id(), 10))) {
            TimelineEntry newest = entries.get(0);
            assertThat(newest.kind()).isEqualTo(TimelineKind.ACTIVITY_CALL);
            assertThat(newest.refId()).isEqualTo(call.id());
            assertThat(newest.actorId()).isEqualTo(inside.id());
            assertThat(newest.actorName().display()).isEqualTo("渡辺 陽菜");
            assertThat(newest.actorDepartment()).isEqualTo(Department.INSIDE_SALES);
            assertThat(newest.detail()).isEqualTo("初回架電\n決裁者は情シス部長");
        }
        assertThat(timeline.ofAccount(account.id(), 10))
                .extracting(TimelineEntry::kind)
                .containsExactly(
                        TimelineKind.ACTIVITY_CALL, TimelineKind.CONTACT_CREATED, TimelineKind.ACCOUNT_CREATED);
    }

    @Test
    void loggingPublishesActivityLoggedForTheRelay() {
        SignedInUser fieldSales = users.signedIn(TestUsers.FIELD_SALES_MEMBER);
        Instant when = Instant.parse("2026-11-20T01:30:00Z");
        long lead = jdbc.sql("select max(id) from lead").query(Long.class).single();

        Activity meeting = activities.log(
                new LogActivity(null, null, lead, ActivityKind.MEETING, "商談", null, when, null), fieldSales);

        assertThat(events.stream(ActivityLogged.class))
                .singleElement()
                .isEqualTo(new ActivityLogged(
                        meeting.id(),
                        null,
                        null,
                        lead,
                        ActivityKind.MEETING,
                        "商談",
                        when,
                        fieldSales.id(),
                        Department.FIELD_SALES));
        assertThat(activities.ofLead(lead)).extracting(Activity::id).contains(meeting.id());
        assertThat(timeline.ofLead(lead, 5)).extracting(TimelineEntry::refId).contains(meeting.id());
    }

    @Test
    void otherModulesRecordEntriesWithMessageKeysAsArguments() {
        SignedInUser marketing = users.signedIn(TestUsers.MARKETING_MEMBER);
        Account account = account(marketing);
        Contact contact = contactOf(account, marketing);

        timeline.record(new TimelineEntry.Draft(
                null,
                contact.id(),
                777L,
                TimelineKind.STAGE_CHANGED,
                null,
                marketing.id(),
                Department.MARKETING,
                List.of(TimelineEntry.key("stage.MQL"), TimelineEntry.text("#1 の資料")),
                null,
                null));

        TimelineEntry entry = timeline.ofAccount(account.id(), 1).get(0);
        assertThat(entry.kind()).isEqualTo(TimelineKind.STAGE_CHANGED);
        assertThat(entry.leadId()).isEqualTo(777L);
        assertThat(entry.accountId()).as("taken from the contact").isEqualTo(account.id());
        assertThat(entry.arguments()).containsExactly("#stage.MQL", "##1 の資料");
    }

    @Test
    void executivesDoNotLogAndAnActivityNeedsARecord() {
        Account account = account(users.signedIn(TestUsers.ADMIN));
        assertThatThrownBy(() -> activities.log(
                        new LogActivity(account.id(), null, null, ActivityKind.NOTE, "メモ", null, null, null),
                        users.signedIn(TestUsers.EXECUTIVE)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("customer.readOnly"));
        assertThatThrownBy(() -> activities.log(
                        new LogActivity(null, null, null, ActivityKind.NOTE, "メモ", null, null, null),
                        users.signedIn(TestUsers.MARKETING_MEMBER)))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("activity.targetRequired"));
        assertThat(activities.ofAccount(account.id())).isEmpty();
    }

    @Test
    void aContactOfAnotherAccountIsRefused() {
        SignedInUser member = users.signedIn(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        Account one = account(member);
        Contact ofOther = contactOf(account(member), member);
        assertThatThrownBy(() -> activities.log(
                        new LogActivity(one.id(), ofOther.id(), null, ActivityKind.EMAIL, "送付", null, null, null),
                        member))
                .isInstanceOfSatisfying(
                        CustomerRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("activity.contactOfAnotherAccount"));
    }
}
