package dev.tasuki.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;

/**
 * The relay as people work it, in a real browser: Inside Sales accepts an MQL from its queue, logs a call and hands the
 * lead to Field Sales with BANT; Field Sales rejects a handoff with a reason; and Marketing sees that reason on the
 * lead.
 */
@BrowserTest
class RelayBrowserTests {

    @RegisterExtension
    static final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    TestUsers users;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String email) {
        browser.signInAs(port, email, TestUsers.PASSWORD);
    }

    private Lead newMql(String familyName) {
        Lead lead = leads.create(
                new LeadDetails(
                        familyName,
                        "智子",
                        "タカハシ",
                        "トモコ",
                        "b-" + System.nanoTime() + "@kaede.example",
                        "06-1111-2222",
                        "楓システム株式会社",
                        "営業企画部 部長",
                        null,
                        null,
                        null,
                        LeadSource.WEBINAR,
                        null,
                        null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        handoffs.send(
                lead.id(),
                new SendHandoff(HandoffKind.MKT_IS, "ウェビナーで質問多数。比較検討中。", null, null),
                users.signedIn(TestUsers.MARKETING_MEMBER));
        return lead;
    }

    private WebElement queueItemOf(Lead lead) {
        long handoffId = handoffs.ofLead(lead.id()).get(0).id();
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handoff-" + handoffId)));
    }

    @Test
    void insideSalesAcceptsFromTheQueueLogsACallAndHandsToFieldSalesWithBant() {
        Lead lead = newMql("高橋");
        signInAs(TestUsers.INSIDE_SALES_MEMBER);
        WebDriver driver = browser.driver();

        driver.get(url("/queue"));
        queueItemOf(lead).findElement(By.cssSelector("[data-testid=accept]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(
                                "#handoff-" + handoffs.ofLead(lead.id()).get(0).id() + " [data-testid=answered]"),
                        "受入済み"));

        driver.get(url("/leads/" + lead.id()));
        assertThat(driver.findElement(By.cssSelector("[data-testid=lead-stage]"))
                        .getText())
                .isEqualTo("SAL");
        WebElement activity = driver.findElement(By.cssSelector("[data-testid=activity-form]"));
        new Select(activity.findElement(By.name("kind"))).selectByValue("CALL");
        activity.findElement(By.name("subject")).sendKeys("初回ヒアリングの電話");
        activity.findElement(By.name("body")).sendKeys("現行はExcel管理。来週デモを希望。");
        activity.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline-entries"), "初回ヒアリングの電話"));
        assertThat(driver.findElement(By.id("timeline-entries")).getText())
                .contains("渡辺 陽菜")
                .contains("インサイドセールス");

        WebElement send = driver.findElement(By.cssSelector("[data-testid=send-IS_FS]"));
        send.findElement(By.name("bant.budget")).sendKeys("年間500万円、予算確保済み");
        send.findElement(By.name("bant.authority")).sendKeys("営業本部長が決裁");
        send.findElement(By.name("bant.need")).sendKeys("案件管理の属人化を解消したい");
        send.findElement(By.name("bant.timing")).sendKeys("来年4月に稼働");
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        send.findElement(By.name("appointmentAt")),
                        LocalDateTime.of(2026, 12, 10, 14, 0).toString());
        send.findElement(By.name("note")).sendKeys("電話で温度感を確認済み。デモを希望。");
        send.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=lead-stage]"), "SQL"));
        assertThat(driver.getPageSource()).contains("年間500万円、予算確保済み").contains("引き継ぎを送りました");
        assertThat(handoffs.ofLead(lead.id()).get(0).kind()).isEqualTo(HandoffKind.IS_FS);
    }

    @Test
    void aMissingBantItemIsShownAtTheFormAndNothingIsSent() {
        Lead lead = newMql("岡田");
        handoffs.accept(handoffs.ofLead(lead.id()).get(0).id(), users.signedIn(TestUsers.INSIDE_SALES_MEMBER));
        signInAs(TestUsers.INSIDE_SALES_MEMBER);
        WebDriver driver = browser.driver();
        driver.get(url("/leads/" + lead.id()));
        WebElement send = driver.findElement(By.cssSelector("[data-testid=send-IS_FS]"));
        send.findElement(By.name("note")).sendKeys("予算感だけ未確認");
        send.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=send-IS_FS] .field-error, [data-testid=send-IS_FS] .alert")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=send-IS_FS]"))
                        .getText())
                .contains("引き継ぎにはこの項目が必要です。");
        assertThat(leads.get(lead.id()).stage()).isEqualTo(LifecycleStage.SAL);
    }

    @Test
    void fieldSalesRejectsWithAReasonAndMarketingSeesIt() {
        Lead lead = newMql("松井");
        handoffs.accept(handoffs.ofLead(lead.id()).get(0).id(), users.signedIn(TestUsers.INSIDE_SALES_MEMBER));
        handoffs.send(
                lead.id(),
                new SendHandoff(
                        HandoffKind.IS_FS,
                        "アポ獲得",
                        new Bant("未確認", "未確認", "営業管理", "未定"),
                        LocalDateTime.of(2026, 12, 11, 10, 0)),
                users.signedIn(TestUsers.INSIDE_SALES_MEMBER));

        signInAs(TestUsers.FIELD_SALES_MEMBER);
        WebDriver driver = browser.driver();
        driver.get(url("/queue"));
        WebElement item = queueItemOf(lead);
        new Select(item.findElement(By.cssSelector("[data-testid=reason]"))).selectByVisibleText("決裁者不在");
        item.findElement(By.cssSelector("[data-testid=comment]")).sendKeys("決裁者の同席がないため、日程を再調整してください");
        item.findElement(By.cssSelector("[data-testid=reject]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(
                                "#handoff-" + handoffs.ofLead(lead.id()).get(0).id() + " [data-testid=answered]"),
                        "差し戻し"));

        signInAs(TestUsers.MARKETING_MEMBER);
        driver.get(url("/leads/" + lead.id()));
        WebElement rejection = driver.findElement(By.cssSelector("[data-testid=rejection]"));
        assertThat(rejection
                        .findElement(By.cssSelector("[data-testid=rejection-reason]"))
                        .getText())
                .isEqualTo("決裁者不在");
        assertThat(rejection.getText()).contains("決裁者の同席がないため、日程を再調整してください");
        assertThat(driver.findElement(By.cssSelector("[data-testid=lead-stage]"))
                        .getText())
                .as("returned to Inside Sales at SQL")
                .isEqualTo("SQL");
    }
}
