package dev.tasuki.exchange.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The export links of a list page ({@code @exportLinks.of('leads', 'csv')} in templates): the export of that list with
 * the query string of the request being answered, so the file has what the user is filtering, also after htmx has
 * redrawn the list with new filters (the links sit in the redrawn part).
 */
@Component("exportLinks")
public class ExportLinks {

    public String of(String list, String type) {
        String path = "/exports/" + list + "." + type;
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return path;
        }
        String base = attributes.getRequest().getContextPath() + path;
        String query = attributes.getRequest().getQueryString();
        return query == null || query.isBlank() ? base : base + "?" + query;
    }
}
