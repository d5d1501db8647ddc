package vn.newsroom.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.util.List;

/**
 * Where a page of results ended, handed to the caller as an opaque {@code nextCursor}.
 *
 * @param pit   the point-in-time the pages are read from, or {@code null} when the page came from the live index
 * @param after the sort values of the page's last hit ({@code search_after}); empty for a relevance page of the live
 *              index, which has none, and unused while a relevance cursor continues at an offset (see {@link Paging})
 * @param query fingerprint of the query, filters and order the cursor belongs to
 * @param seen  how many hits came before: where a relevance cursor continues, and whether more follow
 * @param spelling the spelling the first page scored the words by ({@link vn.newsroom.query.TextQueries#spelling}):
 *                 kept for every page, since the spelling model may be learned again between two pages, which would
 *                 change the order the pages are cut from
 */
record Cursor(String pit, List<FieldValue> after, String query, long seen, String spelling) {
}
