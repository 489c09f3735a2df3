package dev.tasuki.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.tasuki.EventRecorder;
import dev.tasuki.IntegrationTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;
import dev.tasuki.identity.SignedInUser;

/** Every handoff path of the relay, on the real database. */
@IntegrationTest
class HandoffTests {

    private static final Bant BANT = new Bant("年間300万円で稟議済み", "情報システム部長が決裁", "営業日報の二重入力をなくしたい", "来期4月から導入");

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    LeadLifecycle lifecycle;

    @Autowired
    TestUsers users;

    @Autowired
    EventRecorder events;

    private SignedInUser marketing() {
        return users.signedIn(TestUsers.MARKETING_MEMBER);
    }

    private SignedInUser insideSales() {
        return users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
    }

    private SignedInUser fieldSales() {
        return users.signedIn(TestUsers.FIELD_SALES_MEMBER);
    }

    private Lead newLead() {
        return leads.create(
                new LeadDetails(
                        "山口",
                        "恵",
                        "ヤマグチ",
                        "メグミ",
                        "yamaguchi-" + System.nanoTime() + "@example.co.jp",
                        "03-1234-5678",
                        "株式会社ミナト物流",
                        "情報システム部 課長",
                        null,
                        null,
                        null,
                        LeadSource.WEBINAR,
                        null,
                        null),
                marketing());
    }

    private Handoff toInsideSales(Lead lead) {
        return handoffs.send(
                lead.id(), new SendHandoff(HandoffKind.MKT_IS, "ウェビナー後に資料請求。来月比較検討を開始。", null, null), marketing());
    }

    private Handoff toFieldSales(Lead lead) {
        return handoffs.send(
                lead.id(),
                new SendHandoff(HandoffKind.IS_FS, "初回商談を設定済み", BANT, LocalDateTime.of(2026, 12, 10, 14, 0)),
                insideSales());
    }

    @Test
    void marketingHandsAnMqlToInsideSalesWhoAcceptsItAsSal() {
        Lead lead = newLead();
        Handoff sent = toInsideSales(lead);

        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.MQL);
        assertThat(sent.status()).isEqualTo(HandoffStatus.PENDING);
        assertThat(Duration.between(sent.createdAt(), sent.dueAt()))
                .as("default MKT→IS SLA")
                .isEqualTo(Duration.ofHours(24));

        Handoff accepted = handoffs.accept(sent.id(), insideSales());

        Lead now = leads.get(lead.id());
        assertThat(now.stage()).isEqualTo(LifecycleStage.SAL);
        assertThat(now.ownerId())
                .as("the accepting member takes the lead")
                .isEqualTo(insideSales().id());
        assertThat(accepted.status()).isEqualTo(HandoffStatus.ACCEPTED);
        assertThat(accepted.slaMet()).isTrue();
        assertThat(leads.history(lead.id()))
                .extracting(StageEntry::to)
                .containsExactly(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SAL);
        assertThat(events.all(LeadStageChanged.class))
                .filteredOn(e -> e.leadId() == lead.id())
                .extracting(LeadStageChanged::to)
                .containsExactly(LifecycleStage.LEAD, LifecycleStage.MQL, LifecycleStage.SAL);
    }

    @Test
    void insideSalesHandsAnSqlWithBantToFieldSalesWhoAcceptsItAsAnOpportunity() {
        Lead lead = newLead();
        handoffs.accept(toInsideSales(lead).id(), insideSales());

        Handoff sent = toFieldSales(lead);
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.SQL);
        assertThat(sent.bant()).isEqualTo(BANT);
        assertThat(Duration.between(sent.createdAt(), sent.dueAt())).isEqualTo(Duration.ofHours(48));

        handoffs.accept(sent.id(), fieldSales());
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(events.all(HandoffAccepted.class))
                .anyMatch(e -> e.handoffId() == sent.id() && e.kind() == HandoffKind.IS_FS);
    }

    @Test
    void aHandoffWithoutItsContextIsRefusedAndChangesNothing() {
        Lead lead = newLead();
        assertThatThrownBy(() ->
                        handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "  ", null, null), marketing()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("note"));
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.LEAD);
        assertThat(handoffs.ofLead(lead.id())).isEmpty();

        handoffs.accept(toInsideSales(lead).id(), insideSales());
        Bant noAuthority = new Bant("300万円", "", "二重入力の解消", "4月");
        assertThatThrownBy(() -> handoffs.send(
                        lead.id(),
                        new SendHandoff(HandoffKind.IS_FS, "メモ", noAuthority, LocalDateTime.of(2026, 12, 10, 14, 0)),
                        insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("bant.authority"));
        assertThatThrownBy(() ->
                        handoffs.send(lead.id(), new SendHandoff(HandoffKind.IS_FS, "メモ", BANT, null), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("appointmentAt"));
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void aRejectionSendsTheLeadWhereItsReasonSays() {
        Lead recycled = newLead();
        handoffs.reject(toInsideSales(recycled).id(), new RejectHandoff("NO_BUDGET", "今期は予算がないとのこと"), insideSales());
        assertThat(leads.get(recycled.id()).stage()).isEqualTo(LifecycleStage.RECYCLED);

        Lead disqualified = newLead();
        handoffs.reject(toInsideSales(disqualified).id(), new RejectHandoff("NOT_TARGET", "従業員5名の個人事業"), insideSales());
        assertThat(leads.get(disqualified.id()).stage()).isEqualTo(LifecycleStage.DISQUALIFIED);

        Lead returned = newLead();
        Handoff first = toInsideSales(returned);
        handoffs.reject(first.id(), new RejectHandoff("MISSING_INFO", "電話番号と検討状況を確認してください"), insideSales());
        assertThat(leads.get(returned.id()).stage())
                .as("back to the sender, at the stage it owns")
                .isEqualTo(LifecycleStage.MQL);
        Handoff again = toInsideSales(returned);
        assertThat(again.status()).as("the sender may send again").isEqualTo(HandoffStatus.PENDING);

        assertThat(events.all(HandoffRejected.class))
                .filteredOn(e -> e.handoffId() == first.id())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(RejectionOutcome.RETURNED);
                    assertThat(e.comment()).isEqualTo("電話番号と検討状況を確認してください");
                });
    }

    @Test
    void aRejectionNeedsAKnownReasonAndAComment() {
        Lead lead = newLead();
        Handoff sent = toInsideSales(lead);
        assertThatThrownBy(() -> handoffs.reject(sent.id(), new RejectHandoff("NO_BUDGET", " "), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> handoffs.reject(sent.id(), new RejectHandoff("MADE_UP", "理由"), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.unknownReason"));
        assertThat(handoffs.get(sent.id()).status()).isEqualTo(HandoffStatus.PENDING);
    }

    @Test
    void aHandoffIsAnsweredOnceAndSentOnceAtATime() {
        Lead lead = newLead();
        Handoff sent = toInsideSales(lead);
        assertThatThrownBy(() -> toInsideSales(lead))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.handoffPending"));

        handoffs.accept(sent.id(), insideSales());
        assertThatThrownBy(() -> handoffs.reject(sent.id(), new RejectHandoff("NO_BUDGET", "遅れて差し戻し"), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.handoffClosed"));
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void onlyTheReceivingDepartmentAnswersAndOnlyTheSendingDepartmentSends() {
        Lead lead = newLead();
        assertThatThrownBy(() -> handoffs.send(
                        lead.id(), new SendHandoff(HandoffKind.MKT_IS, "代理送信", null, null), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.kind()).isEqualTo(RelayRuleBroken.Kind.FORBIDDEN));
        Handoff sent = toInsideSales(lead);
        assertThatThrownBy(() -> handoffs.accept(sent.id(), fieldSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.notYourHandoff"));
        assertThatThrownBy(() -> handoffs.accept(sent.id(), users.signedIn(TestUsers.EXECUTIVE)))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.readOnly"));
        assertThat(handoffs.get(sent.id()).status()).isEqualTo(HandoffStatus.PENDING);

        handoffs.accept(sent.id(), users.signedIn(TestUsers.ADMIN));
        assertThat(leads.get(lead.id()).stage()).as("admins may do everything").isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void departmentsMoveLeadsOutOfTheirOwnLegOnly() {
        Lead lead = newLead();
        assertThatThrownBy(() -> lifecycle.move(
                        lead.id(), new MoveStage(LifecycleStage.DISQUALIFIED, "重複", lead.version()), insideSales()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.notYourStage"));
        assertThatThrownBy(() ->
                        lifecycle.move(lead.id(), new MoveStage(LifecycleStage.SQL, null, lead.version()), marketing()))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.stageMoveRefused"));

        Lead moved = lifecycle.move(
                lead.id(), new MoveStage(LifecycleStage.RECYCLED, "半年後に再アプローチ", lead.version()), marketing());
        assertThat(moved.stage()).isEqualTo(LifecycleStage.RECYCLED);
        assertThat(leads.history(lead.id())).last().satisfies(entry -> {
            assertThat(entry.via()).isEqualTo(StageChangeVia.MANUAL);
            assertThat(entry.reason()).isEqualTo("半年後に再アプローチ");
            assertThat(entry.byUserId()).isEqualTo(marketing().id());
        });
        assertThatThrownBy(() -> lifecycle.move(
                        lead.id(), new MoveStage(LifecycleStage.DISQUALIFIED, null, lead.version()), marketing()))
                .as("a move from a stale version is refused")
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.staleVersion"));
    }

    @Test
    void theQueueShowsWhatWaitsOrderedByDueTimeThenScore() {
        Lead first = newLead();
        Handoff early = toInsideSales(first);
        Lead second = newLead();
        Handoff later = toInsideSales(second);

        assertThat(workQueue.waitingFor(Department.INSIDE_SALES))
                .extracting(item -> item.handoff().id())
                .containsSubsequence(early.id(), later.id());
        assertThat(workQueue.waitingFor(Department.FIELD_SALES))
                .extracting(item -> item.handoff().id())
                .doesNotContain(early.id(), later.id());
    }

    @Autowired
    WorkQueue workQueue;

    @Test
    void aManagerReassignsWithinTheirDepartmentOnly() {
        Lead lead = newLead();
        var member = users.fresh(Role.MEMBER, Department.MARKETING);
        var outsider = users.fresh(Role.MEMBER, Department.FIELD_SALES);
        SignedInUser manager = users.signedIn(TestUsers.MARKETING_MANAGER);

        Lead assigned = leads.assign(lead.id(), member.id(), lead.version(), manager);
        assertThat(assigned.ownerId()).isEqualTo(member.id());
        assertThatThrownBy(() -> leads.assign(lead.id(), outsider.id(), assigned.version(), manager))
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.ownerOutsideRights"));
        var colleague = users.fresh(Role.MEMBER, Department.MARKETING);
        assertThatThrownBy(() -> leads.assign(
                        lead.id(), colleague.id(), assigned.version(), users.signedIn(TestUsers.MARKETING_MEMBER)))
                .as("members assign only themselves")
                .isInstanceOfSatisfying(
                        RelayRuleBroken.class,
                        broken -> assertThat(broken.messageKey()).isEqualTo("relay.ownerOutsideRights"));
    }
}
