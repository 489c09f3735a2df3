package dev.tasuki.platform;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list's URL with the filters that are set ({@code /accounts?q=…&industry=FINANCE&page=2}), and the lenient reading
 * of such a URL's values: a shared link may be old or edited, and a value that does not parse is left out rather than
 * refused.
 */
public final class ListLinks {

    private final UriComponentsBuilder uri;

    private ListLinks(String path) {
        this.uri = UriComponentsBuilder.fromPath(path);
    }

    public static ListLinks to(String path) {
        return new ListLinks(path);
    }

    /** Adds the parameter unless the value is null or blank; an enum goes by its name. */
    public ListLinks with(String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            uri.queryParam(name, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    /** The URL at that page; the first page (0) has no page parameter. */
    public String page(int page) {
        return uri.queryParamIfPresent("page", page > 0 ? Optional.of(page) : Optional.empty())
                .encode()
                .build()
                .toUriString();
    }

    /** The constant of that name, or null for a blank or unknown value. */
    public static <E extends Enum<E>> E constantOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The number, or null for a blank value or one that is not a number. */
    public static Long numberOf(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The page (from 0), or null for a value that is not one. */
    public static Integer pageOf(String value) {
        Long page = numberOf(value);
        return page == null || page < 0 || page > Integer.MAX_VALUE ? null : page.intValue();
    }
}
