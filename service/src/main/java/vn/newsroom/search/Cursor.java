package vn.newsroom.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;

/**
 * Where a page of results ended, handed to the caller as an opaque {@code nextCursor}.
 *
 * @param pit   the point-in-time the pages are read from, or {@code null} before the first cursor is followed
 * @param after the sort values of the page's last hit ({@code search_after})
 * @param query fingerprint of the query, filters and order the cursor belongs to
 * @param seen  how many hits came before, to tell whether more follow
 * @param spelling the spelling the first page scored the words by ({@link vn.newsroom.query.TextQueries#spelling}):
 *                 kept for every page, since the spelling model may be learned again between two pages, which would
 *                 change the scores that {@code after} continues from
 */
record Cursor(String pit, List<FieldValue> after, String query, long seen, String spelling) {
}
