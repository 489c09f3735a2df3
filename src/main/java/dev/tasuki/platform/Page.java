package dev.tasuki.platform;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One page of a list, counted from 0, and how many items the whole list holds: every list of pages and of the API
 * answers with it ({@code items}, {@code page}, {@code size}, {@code total}, {@code totalExact}). The total is exact (a
 * count) or, for a list too large to count on every request, an estimate ({@link #estimated}); a page says which, so a
 * list can show "約 1,000,000 件" and go on by whether a page came back full.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 25;

    /** The largest page a request may ask for: a bigger list is read page by page. */
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total, true);
    }

    public static <T> Page<T> estimated(List<T> items, int page, int size, long estimate) {
        return new Page<>(items, page, size, estimate, false);
    }

    /** The page a request asked for: from 0, a negative one is the first. */
    public static int number(int requested) {
        return Math.max(requested, 0);
    }

    /** The size a request asked for: {@link #DEFAULT_SIZE} for none (0 or less), at most {@link #MAX_SIZE}. */
    public static int size(int requested) {
        return requested <= 0 ? DEFAULT_SIZE : Math.min(requested, MAX_SIZE);
    }

    /** How many items come before the page: the SQL offset. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return totalExact ? offset(page + 1, size) < total : items.size() == size;
    }

    /** The position (from 1) of the page's first item, 0 when there is none. */
    public long firstPosition() {
        return items.isEmpty() ? 0 : offset(page, size) + 1;
    }

    public long lastPosition() {
        return items.isEmpty() ? 0 : offset(page, size) + items.size();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total, totalExact);
    }

    /**
     * Every item of a list, read page by page of the largest size until a page comes back short: how an export walks a
     * whole list without holding it.
     */
    public static <T> void each(IntFunction<Page<T>> pageAt, Consumer<? super T> action) {
        for (int page = 0; ; page++) {
            Page<T> found = pageAt.apply(page);
            found.items().forEach(action);
            if (found.items().size() < found.size()) {
                return;
            }
        }
    }
}
