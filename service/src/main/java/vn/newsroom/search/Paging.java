package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.newsroom.article.Article;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Where a page starts and in which order: {@code page} and {@code size} ({@code from}, bounded by the result window),
 * or a cursor ({@code search_after} on a point-in-time, any depth). The first page is read from the live index; the
 * first cursor followed opens a point-in-time that later cursors keep alive, and the last page closes it.
 *
 * <p>A relevance order with ranking signals reorders the best first-pass matches in a rescore window; deeper hits
 * follow in first-pass order. {@code search_after} cannot continue from reordered scores, so such a cursor continues
 * at {@code from} on its point-in-time while that stays within the result window, and after its sort values
 * (first-pass scores, the rescore window being far above) past it.
 */
@ApplicationScoped
class Paging {

    private static final Logger LOG = Logger.getLogger(Paging.class);

    /**
     * @param page   the page number, or {@code null} when following a cursor
     * @param cursor the cursor followed, or {@code null}
     * @param pit    the point-in-time read, or {@code null} for the live index
     * @param seen   hits before this page
     */
    record Position(Integer page, Cursor cursor, String pit, long seen) {
    }

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final SearchConfig config;
    private final CursorCodec cursors;

    Paging(ElasticsearchClient client, IndexConfig index, SearchConfig config, CursorCodec cursors) {
        this.client = client;
        this.index = index;
        this.config = config;
        this.cursors = cursors;
    }

    /** Checks the paging parameters of a query with {@code fingerprint}, opening a point-in-time when needed. */
    Position start(Integer requestedPage, String cursorText, int size, String fingerprint, Sort sort)
            throws IOException {
        Cursor cursor = cursorText == null || cursorText.isBlank() ? null : cursors.decode(cursorText, fingerprint);
        int page = requestedPage == null ? 1 : requestedPage;
        if (cursor != null) {
            if (page != 1) {
                throw new InvalidParameterException("page", "page cannot be combined with cursor: the cursor says where"
                        + " to continue.");
            }
            return new Position(null, cursor, cursor.pit() != null ? cursor.pit() : openPointInTime(), cursor.seen());
        }
        if ((long) page * size > config.maxResultWindow()) {
            throw new InvalidParameterException("page", "page × size may not exceed %d; follow nextCursor to go deeper."
                    .formatted(config.maxResultWindow()));
        }
        // a cursor past the result window continues after sort values, and a relevance order has its tie-breaker (the
        // shard doc) only on a point-in-time: the pages a cursor may leave the window from are read from one
        boolean lastBeforeSortValues = sort == Sort.RELEVANCE
                && (long) page * size + SearchRequest.MAX_SIZE > config.maxResultWindow();
        return new Position(page, null, lastBeforeSortValues ? openPointInTime() : null, (long) (page - 1) * size);
    }

    /**
     * Where the search reads from, where its page starts and its order.
     *
     * @param ranking the signals that reorder the best matches of a relevance order, if any
     */
    void applyTo(Builder search, Position position, int size, Sort sort, Optional<Query> ranking) {
        if (position.pit() == null) {
            search.index(index.alias());
        } else {
            search.pit(pit -> pit.id(position.pit()).keepAlive(time -> time.time(keepAlive())));
        }
        search.sort(sort.options(ranking.isPresent()));
        boolean atOffset = position.cursor() == null
                || ranking.isPresent() && position.seen() + size <= config.maxResultWindow();
        if (!atOffset) {
            search.searchAfter(position.cursor().after());
            return;
        }
        search.from(Math.toIntExact(position.seen()));
        ranking.ifPresent(signals -> search.rescore(rescore -> rescore.windowSize(config.rankWindow())
                .query(window -> window.query(signals))));
    }

    /** Elasticsearch refuses an expired or altered point-in-time or sort values; for the caller that is a bad cursor. */
    RuntimeException failure(ElasticsearchException e, Position position) {
        if (position.cursor() != null && (e.status() == 400 || e.status() == 404)) {
            return new InvalidParameterException("cursor", "This cursor is no longer valid: it expires "
                    + config.cursorKeepAlive().toMinutes() + " minutes after its last use. Start again without cursor.");
        }
        return e;
    }

    /**
     * The cursor to the hits after this page, or {@code null} on the last page.
     *
     * @param spelling what the words were scored by, for the next pages to score them alike
     */
    String next(Position position, SearchResponse<Article> response, int size, String fingerprint, String spelling) {
        var total = response.hits().total();
        var hits = response.hits().hits();
        long seen = position.seen() + hits.size();
        boolean more = total.relation() == TotalHitsRelation.Eq ? seen < total.value() : hits.size() == size;
        String pit = position.pit() == null ? null : response.pitId() == null ? position.pit() : response.pitId();
        if (!more || hits.isEmpty()) {
            if (pit != null) {
                closePointInTime(pit);
            }
            return null;
        }
        return cursors.encode(new Cursor(pit, hits.getLast().sort(), fingerprint, seen, spelling));
    }

    private String openPointInTime() throws IOException {
        return client.openPointInTime(open -> open.index(index.alias()).keepAlive(time -> time.time(keepAlive()))).id();
    }

    /** Frees the point-in-time at once; should that fail, it expires on its own after the keep-alive. */
    private void closePointInTime(String pit) {
        try {
            client.closePointInTime(close -> close.id(pit));
        } catch (IOException | ElasticsearchException e) {
            LOG.debugf("Point-in-time not closed, it will expire: %s", e.getMessage());
        }
    }

    private String keepAlive() {
        return config.cursorKeepAlive().toSeconds() + "s";
    }
}
