package dev.tasuki.healthcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;

/**
 * The health check in a real browser: the Marketing manager starts an assessment, she and a Field Sales member rate
 * items (each click saved through htmx), the manager closes it and sees the radar chart, the disagreement between their
 * departments and the top priority with its remedy.
 */
@BrowserTest
class HealthCheckBrowserTests {

    @RegisterExtension
    static final Browser browser = Browser.japanese();

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks a rating and waits for its row to come back saved. */
    private void rate(String item, String rating) {
        WebDriver driver = browser.driver();
        driver.findElement(By.cssSelector("[data-testid=rate-" + item + "-" + rating + "]"))
                .click();
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#item-" + item + " [data-testid=saved]")));
        assertThat(driver.findElement(By.cssSelector("[data-testid=rate-" + item + "-" + rating + "]"))
                        .isSelected())
                .isTrue();
    }

    @Test
    void twoDepartmentsAnswerTheManagerClosesAndSeesTheRadarTheDisagreementAndTheTopPriority() {
        WebDriver driver = browser.driver();
        String title = "ブラウザ評価 " + UUID.randomUUID().toString().substring(0, 8);

        browser.signInAs(port, TestUsers.MARKETING_MANAGER, TestUsers.PASSWORD);
        driver.findElement(By.linkText("健全性チェック")).click();
        browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=start-form]")));
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.cssSelector("[data-testid=start]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=sheet-title]"), title));
        String sheet = driver.getCurrentUrl();
        rate("ORG-3", "GOOD");
        rate("KPI-1", "POOR");
        // the answers survive leaving the page
        driver.get(sheet);
        assertThat(driver.findElement(By.cssSelector("[data-testid=answered]")).getText())
                .isEqualTo("回答済み 2 / 30 項目");

        browser.signInAs(port, TestUsers.FIELD_SALES_MEMBER, TestUsers.PASSWORD);
        driver.get(sheet);
        rate("ORG-3", "POOR");
        rate("KPI-1", "POOR");

        browser.signInAs(port, TestUsers.MARKETING_MANAGER, TestUsers.PASSWORD);
        driver.get(sheet.replace("/sheet", ""));
        driver.findElement(By.cssSelector("[data-testid=close]")).click();
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[data-testid=status]"), "締切"));

        // ORG-3: ○ + × = 2/4, KPI-1: × + × = 0/4; overall 2/8 = 25 %
        assertThat(driver.findElement(By.cssSelector("[data-testid=overall-score]"))
                        .getText())
                .isEqualTo("25 %");
        WebElement radar = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[data-testid=radar-chart][data-drawn=true] canvas")));
        assertThat(radar.isDisplayed()).isTrue();

        WebElement disagreement = driver.findElement(By.id("result-ORG-3"));
        assertThat(disagreement.getAttribute("class")).contains("disagree");
        assertThat(disagreement.getText())
                .contains("部門間の連携体制が整っている")
                .contains("部門間で認識にずれ")
                .contains("50 %");

        WebElement top = driver.findElement(By.cssSelector("[data-testid=priorities] li[data-rank='1']"));
        assertThat(top.getText())
                .contains("KPI-1 各部門でKPIが適切に設定されている")
                .contains("0 %")
                .contains("全社的KPIの設定と部門間の協力体制の構築");
        WebElement second = driver.findElement(By.cssSelector("[data-testid=priorities] li[data-rank='2']"));
        assertThat(second.getText()).contains("ORG-3").contains("部門横断的なコミュニケーションの促進");
    }
}
