package dev.tasuki.success.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** htmx requests get a fragment, others (and htmx restoring a page from history) the whole page. */
final class Htmx {

    private Htmx() {}

    static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        // The same URL answers with a page or a fragment: caches must keep them apart.
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
