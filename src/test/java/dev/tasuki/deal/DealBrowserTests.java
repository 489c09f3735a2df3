package dev.tasuki.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;
import dev.tasuki.identity.SignedInUser;
import dev.tasuki.relay.Bant;
import dev.tasuki.relay.Handoff;
import dev.tasuki.relay.HandoffKind;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadDetails;
import dev.tasuki.relay.LeadSource;
import dev.tasuki.relay.Leads;
import dev.tasuki.relay.SendHandoff;

/**
 * The second half of the relay in a real browser: Field Sales wins the deal, Customer Success accepts the
 * onboarding handoff and sees the customer's MRR.
 */
@BrowserTest
class DealBrowserTests {

    @RegisterExtension
    static final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @Autowired
    Leads leads;

    @Autowired
    Handoffs handoffs;

    @Autowired
    Deals deals;

    @Autowired
    TestUsers users;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signInAs(String email) {
        WebDriver driver = browser.driver();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(TestUsers.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=home-title]")));
    }

    private Deal opportunity() {
        SignedInUser marketing = users.signedIn(TestUsers.MARKETING_MEMBER);
        SignedInUser insideSales = users.signedIn(TestUsers.INSIDE_SALES_MEMBER);
        Lead lead = leads.create(new LeadDetails("北村", "彩", null, null, "kitamura-" + System.nanoTime() + "@hikari.example", null,
                "光工業株式会社" + System.nanoTime() % 10000, "製造部長", null, null, null, LeadSource.EXHIBITION, null, null), marketing);
        handoffs.accept(handoffs.send(lead.id(), new SendHandoff(HandoffKind.MKT_IS, "展示会で来場", null, null), marketing).id(), insideSales);
        Handoff toFs = handoffs.send(lead.id(), new SendHandoff(HandoffKind.IS_FS, "アポ獲得",
                new Bant("年960万円", "製造部長", "生産計画の見える化", "来期"), LocalDateTime.of(2026, 12, 20, 13, 0)), insideSales);
        handoffs.accept(toFs.id(), users.signedIn(TestUsers.FIELD_SALES_MEMBER));
        return deals.search(null, null, null, null).stream().filter(deal -> deal.leadId() != null && deal.leadId() == lead.id())
                .findFirst().orElseThrow();
    }

    @Test
    void fieldSalesWinsAndCustomerSuccessAcceptsTheOnboardingAndSeesTheMrr() {
        Deal deal = opportunity();
        WebDriver driver = browser.driver();

        signInAs(TestUsers.FIELD_SALES_MEMBER);
        driver.get(url("/deals/" + deal.id()));
        WebElement win = driver.findElement(By.cssSelector("[data-testid=win]"));
        new Select(win.findElement(By.name("reasonCode"))).selectByVisibleText("機能適合");
        WebElement mrr = win.findElement(By.name("mrr"));
        mrr.clear();
        mrr.sendKeys("80000");
        win.findElement(By.name("comment")).sendKeys("生産計画機能が決め手");
        win.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=deal-status]"), "受注"));

        signInAs(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        driver.get(url("/queue"));
        long onboarding = handoffs.ofLead(deal.leadId()).get(0).id();
        WebElement item = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handoff-" + onboarding)));
        assertThat(item.getText()).contains("フィールドセールス → カスタマーサクセス").contains("生産計画機能が決め手");
        item.findElement(By.cssSelector("[data-testid=accept]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#handoff-" + onboarding + " [data-testid=answered]"), "受入済み"));

        driver.get(url("/customers/" + deal.accountId()));
        assertThat(driver.findElement(By.cssSelector("[data-testid=mrr-now]")).getText()).isEqualTo("¥80,000");
    }
}
