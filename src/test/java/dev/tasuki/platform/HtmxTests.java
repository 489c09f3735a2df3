package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HtmxTests {

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private static MockHttpServletRequest request(String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/accounts");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    @Test
    void anHtmxRequestGetsTheFragmentAndTheAnswerVariesByTheHeader() {
        Htmx htmx = Htmx.of(request("HX-Request", "true"), response);
        assertThat(htmx.wantsFragment()).isTrue();
        assertThat(htmx.view("rows", "page")).isEqualTo("rows");
        assertThat(response.getHeaders("Vary")).containsExactly("HX-Request");
    }

    @Test
    void aBrowsersRequestGetsThePageAndVariesToo() {
        Htmx htmx = Htmx.of(request(), response);
        assertThat(htmx.wantsFragment()).isFalse();
        assertThat(htmx.view("rows", "page")).isEqualTo("page");
        assertThat(response.getHeaders("Vary")).containsExactly("HX-Request");
    }

    @Test
    void restoringAPageFromHistoryGetsTheWholePage() {
        Htmx htmx = Htmx.of(request("HX-Request", "true", "HX-History-Restore-Request", "true"), response);
        assertThat(htmx.view("rows", "page")).isEqualTo("page");
    }

    @Test
    void anotherValueOfTheHeaderIsNoHtmxRequest() {
        assertThat(Htmx.of(request("HX-Request", "false"), response).wantsFragment())
                .isFalse();
    }

    @Test
    void pushAndRetargetAreTheHeadersHtmxReads() {
        Htmx htmx = Htmx.of(request("HX-Request", "true"), response);
        htmx.pushUrl("/accounts?q=a");
        htmx.retarget("#activity-form", "outerHTML");
        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/accounts?q=a");
        assertThat(response.getHeader("HX-Retarget")).isEqualTo("#activity-form");
        assertThat(response.getHeader("HX-Reswap")).isEqualTo("outerHTML");
    }
}
