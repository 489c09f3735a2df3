package dev.tasuki.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.tasuki.Browser;
import dev.tasuki.BrowserTest;
import dev.tasuki.TestUsers;

/** Sign-in as a person does it: in a real browser, through the real pages, scripts and headers. */
@BrowserTest
class SignInBrowserTests {

    private static final By HOME_TITLE = By.cssSelector("[data-testid=home-title]");
    private static final By SIGN_IN_FORM = By.cssSelector("form input[name=password]");

    @RegisterExtension
    static final Browser japanese = Browser.japanese();

    @RegisterExtension
    static final Browser english = Browser.english();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Browser browser, String email, String password) {
        WebDriver driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.name("email")).sendKeys(email);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    private String homeTitle(Browser browser) {
        return browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(HOME_TITLE))
                .getText();
    }

    private void assertSignInIsRequired(Browser browser) {
        WebDriver driver = browser.driver();
        driver.get(url("/"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(SIGN_IN_FORM));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        assertThat(driver.findElements(By.cssSelector("[data-testid=user-name]")))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        TestUsers.MARKETING_MEMBER + ", マーケティング部門のホーム",
        TestUsers.INSIDE_SALES_MEMBER + ", インサイドセールス部門のホーム",
        TestUsers.FIELD_SALES_MEMBER + ", フィールドセールス部門のホーム",
        TestUsers.CUSTOMER_SUCCESS_MEMBER + ", カスタマーサクセス部門のホーム",
        TestUsers.EXECUTIVE + ", 全社のホーム"
    })
    void aJapaneseBrowserSeesTheHomeOfTheUsersDepartment(String email, String title) {
        signIn(japanese, email, TestUsers.PASSWORD);

        assertThat(homeTitle(japanese)).isEqualTo(title);
        assertThat(japanese.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("ja");
    }

    @ParameterizedTest
    @CsvSource({
        TestUsers.MARKETING_MEMBER + ", Marketing home",
        TestUsers.INSIDE_SALES_MEMBER + ", Inside Sales home",
        TestUsers.FIELD_SALES_MEMBER + ", Field Sales home",
        TestUsers.CUSTOMER_SUCCESS_MEMBER + ", Customer Success home",
        TestUsers.EXECUTIVE + ", Company home"
    })
    void anEnglishBrowserSeesTheHomeInEnglish(String email, String title) {
        signIn(english, email, TestUsers.PASSWORD);

        assertThat(homeTitle(english)).isEqualTo(title);
        assertThat(english.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
    }

    @Test
    void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
        UserAccount user = users.fresh(Role.MEMBER, Department.MARKETING);

        signIn(japanese, user.email(), "not-the-password");

        String error = japanese.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sign-in-error]")))
                .getText();
        assertThat(error).isEqualTo("メールアドレスまたはパスワードが正しくありません。");
        assertThat(japanese.driver().getCurrentUrl()).isEqualTo(url("/login?error"));
        assertSignInIsRequired(japanese);
    }

    @Test
    void theSignInPageListsTheDemoUsers() {
        japanese.driver().get(url("/login"));

        String demoUsers = japanese.driver()
                .findElement(By.cssSelector("[data-testid=demo-users]"))
                .getText();
        assertThat(demoUsers).contains(TestUsers.MARKETING_MEMBER, TestUsers.EXECUTIVE, TestUsers.PASSWORD);
    }

    @Test
    void signingOutReturnsToTheSignInPageAndEndsTheSession() {
        UserAccount user = users.fresh(Role.MEMBER, Department.INSIDE_SALES);
        signIn(japanese, user.email(), TestUsers.PASSWORD);
        assertThat(homeTitle(japanese)).isEqualTo("インサイドセールス部門のホーム");

        japanese.driver().findElement(By.cssSelector("[data-testid=sign-out]")).click();

        japanese.waiting().until(ExpectedConditions.urlToBe(url("/login?signedOut")));
        assertThat(japanese.driver()
                        .findElement(By.cssSelector("[role=status]"))
                        .getText())
                .isEqualTo("ログアウトしました。");
        assertSignInIsRequired(japanese);
    }

    @Test
    void htmxLoadsUnderTheContentSecurityPolicy() {
        signIn(japanese, TestUsers.MARKETING_MEMBER, TestUsers.PASSWORD);
        homeTitle(japanese);

        // htmx is a deferred script: once the page has loaded it is defined, unless it was refused or not served.
        japanese.waiting()
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(((JavascriptExecutor) japanese.driver()).executeScript("return typeof htmx"))
                .isEqualTo("object");
    }
}
