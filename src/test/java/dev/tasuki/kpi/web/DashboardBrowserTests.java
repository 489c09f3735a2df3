package dev.tasuki.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.RelayJourneys;
import dev.tasuki.TestUsers;
import dev.tasuki.deal.CloseDeal;
import dev.tasuki.deal.Deal;
import dev.tasuki.deal.Deals;
import dev.tasuki.kpi.TargetMetric;
import dev.tasuki.kpi.Targets;
import dev.tasuki.platform.OrganisationClock;

/**
 * The company dashboard in a real browser: the Marketing manager sets last month's leads target on the targets page
 * (the executive has set the rest of the chain), then opens the dashboard for last month and this one and sees the
 * funnel drawn by ECharts and the bottleneck named in one sentence.
 */
@BrowserTest
class DashboardBrowserTests {

    @RegisterExtension
    static final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    @Autowired
    Targets targets;

    @Autowired
    TestUsers users;

    @Autowired
    OrganisationClock clock;

    @Autowired
    RelayJourneys journeys;

    @Autowired
    Deals deals;

    @Test
    void aManagerSetsATargetAndSeesTheFunnelChartAndTheBottleneck() {
        // this month: a lead walked to an opportunity and won, so every factor of revenue has an actual above 0;
        // the plan is far above what anyone achieves
        Deal deal = journeys.opportunity("株式会社ダッシュボード");
        deals.win(
                deal.id(),
                new CloseDeal("FIT", "導入決定", null, null, null, deal.version()),
                users.signedIn(TestUsers.FIELD_SALES_MEMBER));
        // the plan is last month's (this month's targets are the health check's KPI-2 evidence, which other tests
        // expect absent); the window runs from last month to the end of this one, so it holds the plan and the win
        YearMonth month = YearMonth.from(clock.today()).minusMonths(1);
        Map.of(
                        TargetMetric.MQL,
                        900_000L,
                        TargetMetric.SAL,
                        800_000L,
                        TargetMetric.SQL,
                        700_000L,
                        TargetMetric.OPPORTUNITY,
                        600_000L,
                        TargetMetric.WON,
                        500_000L,
                        TargetMetric.REVENUE,
                        1_000_000_000_000L)
                .forEach((metric, value) -> targets.set(
                        month, metric, BigDecimal.valueOf(value), null, users.signedIn(TestUsers.EXECUTIVE)));
        browser.signInAs(port, TestUsers.MARKETING_MANAGER, TestUsers.PASSWORD);
        WebDriver driver = browser.driver();

        driver.get("http://localhost:" + port + "/targets?start=" + month);
        WebElement cell = driver.findElement(By.id("target-" + month + "-LEAD"));
        cell.findElement(By.name("value")).sendKeys("1000000");
        cell.findElement(By.tagName("button")).click();
        WebElement saved = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#target-" + month + "-LEAD small[role=status]")));
        assertThat(saved.getText()).isEqualTo("保存しました");

        driver.findElement(By.linkText("ダッシュボード")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=filters]")));
        driver.get("http://localhost:" + port + "/dashboard?from=" + month.atDay(1) + "&to="
                + month.plusMonths(2).atDay(1));
        WebElement chart = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=funnel-chart][data-drawn=true] canvas")));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("[data-testid=bottleneck-sentence]"))
                        .getText())
                .startsWith("ボトルネックは")
                .contains("計画どおりなら新規売上は")
                .contains("¥");
    }
}
