package dev.tasuki.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;
import dev.tasuki.customer.Account;
import dev.tasuki.deal.ContractTerm;
import dev.tasuki.deal.DealType;
import dev.tasuki.platform.OrganisationClock;

/**
 * Customer Success in a real browser: a CS member opens the renewals, marks one renewed at a higher MRR, and the
 * customer's page shows the EXPANSION in its chart and its movements.
 */
@BrowserTest
@Import(SuccessFixtures.class)
class SuccessBrowserTests {

    @RegisterExtension
    static final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @Autowired
    SuccessFixtures fixtures;

    @Autowired
    OrganisationClock clock;

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
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=home-title]")));
    }

    @Test
    void customerSuccessRenewsAtAHigherMrrAndSeesTheExpansionOnTheCustomersChart() {
        Account account = fixtures.account("株式会社ブラウザ更新");
        fixtures.win(
                account.id(),
                DealType.NEW,
                100_000,
                ContractTerm.ANNUAL,
                clock.today().plusDays(15).minusYears(1));
        signInAs(TestUsers.CUSTOMER_SUCCESS_MEMBER);
        WebDriver driver = browser.driver();

        driver.findElement(By.linkText("更新")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=renewals]")));
        driver.findElement(By.linkText("30日以内")).click();
        WebElement row =
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("renewal-" + account.id())));
        assertThat(row.getText()).contains(account.name()).contains("あと 15 日").contains("¥100,000");

        WebElement mrr = row.findElement(By.cssSelector("[data-testid=renew-mrr]"));
        mrr.clear();
        mrr.sendKeys("125000");
        row.findElement(By.cssSelector("[data-testid=renew]")).click();

        WebElement decided = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#renewal-" + account.id() + "[data-testid=renewal-decided]")));
        assertThat(decided.getText()).contains("更新").contains("拡大").contains("¥100,000 → ¥125,000");

        decided.findElement(By.linkText(account.name())).click();
        browser.waiting()
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=customer-name]"), account.name()));
        WebElement chart = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=mrr-chart][data-drawn=true] canvas")));
        assertThat(chart.isDisplayed()).isTrue();
        Object kinds = ((JavascriptExecutor) driver)
                .executeScript("return"
                        + " JSON.parse(document.querySelector('[data-mrr-chart]').getAttribute('data-mrr-c"
                        + "hart')).movements.map(m => m.kind)");
        assertThat(kinds)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly("NEW", "EXPANSION");

        List<WebElement> movements = driver.findElements(By.cssSelector("[data-testid=mrr-movements] tbody tr"));
        assertThat(movements).first().satisfies(newest -> {
            assertThat(newest.getAttribute("data-kind")).isEqualTo("EXPANSION");
            assertThat(newest.getText()).contains("拡大").contains("+¥25,000").contains("¥125,000");
        });

        WebElement numbers = driver.findElement(By.cssSelector("[data-testid=mrr-numbers]"));
        assertThat(numbers.findElement(By.cssSelector("[data-testid=mrr-levels]"))
                        .isDisplayed())
                .isFalse();
        numbers.findElement(By.tagName("summary")).click();
        assertThat(numbers.findElement(By.cssSelector("[data-testid=mrr-levels]"))
                        .getText())
                .contains("¥125,000")
                .contains("更新判断");
        assertThat(driver.findElement(By.id("timeline-entries")).getText()).contains("MRR 拡大 +¥25,000");
    }
}
