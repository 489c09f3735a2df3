package dev.tasuki.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * What an htmx request asks for, and the answers htmx understands. A controller method takes it as a parameter
 * (platform resolves it) and answers {@link #view(String, String) a fragment or the page}. An htmx request gets the
 * fragment; a browser's request, and htmx restoring a page from its history (it needs the whole page), get the page.
 * Every answer says {@code Vary: HX-Request}: the same URL answers with a page or a fragment, and caches must keep them
 * apart.
 */
public final class Htmx {

    static final String REQUEST = "HX-Request";
    static final String HISTORY_RESTORE = "HX-History-Restore-Request";

    private final boolean fragment;
    private final HttpServletResponse response;

    private Htmx(boolean fragment, HttpServletResponse response) {
        this.fragment = fragment;
        this.response = response;
    }

    public static Htmx of(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, REQUEST);
        return new Htmx(
                "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE)),
                response);
    }

    public boolean wantsFragment() {
        return fragment;
    }

    /** The fragment's view for htmx, the page's view otherwise. */
    public String view(String fragmentView, String pageView) {
        return fragment ? fragmentView : pageView;
    }

    /**
     * Whether htmx asks for a list's rows. If so, the address bar gets the list's URL at the page shown: without the
     * search form's empty fields, the URL to share.
     */
    public boolean wantsRows(ListFilter filter, Page<?> shown) {
        if (fragment) {
            pushUrl(filter.pageUrl(shown.page()));
        }
        return fragment;
    }

    /** The URL htmx puts in the address bar instead of the request's own. */
    public void pushUrl(String url) {
        response.setHeader("HX-Push-Url", url);
    }

    /** Where htmx puts the answer instead of the element that asked, and how. */
    public void retarget(String selector, String swap) {
        response.setHeader("HX-Retarget", selector);
        response.setHeader("HX-Reswap", swap);
    }
}
