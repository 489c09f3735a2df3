package dev.tasuki.deal;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.tasuki.RelayJourneys;
import dev.tasuki.TestUsers;
import dev.tasuki.relay.Handoffs;
import dev.tasuki.relay.Leads;

/**
 * The second half of the relay in a real browser: Field Sales wins the deal, Customer Success accepts the onboarding
 * handoff and sees the customer's MRR.
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
        browser.signInAs(port, email, TestUsers.PASSWORD);
    }

    @Autowired
    RelayJourneys journeys;

    private Deal opportunity() {
        return journeys.opportunity("光工業株式会社" + System.nanoTime() % 10000);
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
        WebElement item =
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("handoff-" + onboarding)));
        assertThat(item.getText()).contains("フィールドセールス → カスタマーサクセス").contains("生産計画機能が決め手");
        item.findElement(By.cssSelector("[data-testid=accept]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#handoff-" + onboarding + " [data-testid=answered]"), "受入済み"));

        driver.get(url("/customers/" + deal.accountId()));
        assertThat(driver.findElement(By.cssSelector("[data-testid=mrr-now]")).getText())
                .isEqualTo("¥80,000");
    }
}
