package org.citemeta.api;

import org.citemeta.error.ServiceException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Page-number or cursor paging (design.md §3): {@code page} + {@code per_page}, or {@code cursor=*} and then the
 * {@code next_cursor} of each answer. A cursor is opaque to clients: it carries the sort it was made for and the
 * keyset position (sort key and id of the last row served).
 */
record Paging(Integer page, int perPage, boolean cursorMode, Position after) {

    static final int MAX_PER_PAGE = 200;
    static final int DEFAULT_PER_PAGE = 25;
    static final int MAX_PAGE = 1_000_000;
    private static final String VERSION = "c1";

    /** Where the previous page ended, for the sort it was made for. */
    record Position(String sort, String key, long id) {
    }

    static Paging from(QueryParams q, String sort) {
        int perPage = (int) q.integer("per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        String cursor = q.string("cursor");
        if (cursor == null) {
            return new Paging((int) q.integer("page", 1, MAX_PAGE, 1), perPage, false, null);
        }
        if (q.has("page")) {
            throw ServiceException.invalid("Use either page or cursor, not both.");
        }
        if (cursor.equals("*")) {
            return new Paging(null, perPage, true, null);
        }
        Position p = decode(cursor);
        if (!p.sort().equals(sort)) {
            throw ServiceException.invalid("This cursor was made for sort=" + p.sort() + "; start again with cursor=* for sort=" + sort + ".");
        }
        return new Paging(null, perPage, true, p);
    }

    long offset() {
        return page == null ? 0 : (long) (page - 1) * perPage;
    }

    /**
     * Where this page starts in lists ordered by computed values (mention counts, relevance), whose cursors carry
     * the position as a row offset rather than a keyset.
     */
    long start() {
        if (!cursorMode) {
            return offset();
        }
        if (after == null) {
            return 0;
        }
        try {
            long start = Long.parseLong(after.key());
            if (start < 0) {
                throw malformed();
            }
            return start;
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    /** The next cursor of an offset-positioned list, or null when there is no next page or no cursor walk. */
    String nextOffsetCursor(String sort, long start, boolean more) {
        return cursorMode && more ? encode(sort, String.valueOf(start + perPage), 0) : null;
    }

    static String encode(String sort, String key, long id) {
        String raw = VERSION + "|" + sort + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Position decode(String cursor) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        // version|sort|key|id, where the key itself may contain '|'
        int first = raw.indexOf('|');
        int second = first < 0 ? -1 : raw.indexOf('|', first + 1);
        int last = raw.lastIndexOf('|');
        if (first < 0 || second < 0 || last <= second || !raw.substring(0, first).equals(VERSION)) {
            throw malformed();
        }
        try {
            long id = Long.parseLong(raw.substring(last + 1));
            return new Position(raw.substring(first + 1, second), raw.substring(second + 1, last), id);
        } catch (NumberFormatException e) {
            throw malformed();
        }
    }

    static ServiceException malformed() {
        return ServiceException.invalid("Malformed cursor: use cursor=* for the first page, then the meta.next_cursor of the previous answer.");
    }

    /** One page of a list positioned by row offset: fetches one row more than asked to know whether more follow. */
    static <R, V> ListEnvelope<V> offsetPage(QueryParams q, String sort, BiFunction<Long, Integer, List<R>> fetch,
                                                     long count, Function<R, V> view) {
        Paging paging = Paging.from(q, sort);
        long start = paging.start();
        List<R> rows = fetch.apply(start, paging.perPage() + 1);
        boolean more = rows.size() > paging.perPage();
        List<V> results = rows.stream().limit(paging.perPage()).map(view).toList();
        return new ListEnvelope<>(new ListEnvelope.Meta(count, paging.page(), paging.perPage(),
                paging.nextOffsetCursor(sort, start, more)), results);
    }
}
