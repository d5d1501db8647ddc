package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.newsroom.article.Article;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Where a page starts and in which order: {@code page} and {@code size} ({@code from}, bounded by the result window),
 * or a cursor (any depth). The first page is read from the live index, by the same shard copy for every page of a
 * query; the first cursor followed opens a point-in-time that later cursors keep alive, and the last page closes it.
 * A cursor in date order continues after its sort values ({@code search_after}).
 *
 * <p>In relevance order the ranking signals reorder the best first-pass matches in a rescore window, and deeper hits
 * follow in first-pass order. {@code search_after} cannot continue from reordered scores, so a relevance cursor
 * continues at {@code from} on its point-in-time while that stays within the result window, and after its sort values
 * (first-pass scores, far below the rescore window) past it. Those have the shard doc that breaks ties only on a
 * point-in-time, so the numbered pages a cursor may leave the result window from are read from one too.
 */
@ApplicationScoped
@Startup
class Paging {

    private static final Logger LOG = Logger.getLogger(Paging.class);

    /**
     * @param page   the page number, or {@code null} when following a cursor
     * @param cursor the cursor followed, or {@code null}
     * @param pit    the point-in-time read, or {@code null} for the live index
     * @param seen   hits before this page
     * @param query  the fingerprint of the query, filters and order
     */
    record Position(Integer page, Cursor cursor, String pit, long seen, String query) {

        /** Whether this request opened its point-in-time, which no cursor holds yet. */
        boolean opened() {
            return pit != null && (cursor == null || cursor.pit() == null);
        }
    }

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final SearchConfig config;
    private final CursorCodec cursors;

    Paging(ElasticsearchClient client, IndexConfig index, SearchConfig config, CursorCodec cursors) {
        // a cursor leaves the result window after a hit that must be below the rescore windows (one per shard)
        if (config.rankWindow() < 1 || (long) config.rankWindow() * index.shards() > config.maxResultWindow() / 2) {
            throw new IllegalStateException("news.search.rank-window times the shards must be from 1 to half of"
                    + " news.search.max-result-window (" + config.maxResultWindow() / 2 + "), not "
                    + config.rankWindow() + " × " + index.shards());
        }
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
            return new Position(null, cursor, cursor.pit() != null ? cursor.pit() : openPointInTime(), cursor.seen(),
                    fingerprint);
        }
        if ((long) page * size > config.maxResultWindow()) {
            throw new InvalidParameterException("page", "page × size may not exceed %d; follow nextCursor to go deeper."
                    .formatted(config.maxResultWindow()));
        }
        boolean lastBeforeSortValues = sort == Sort.RELEVANCE
                && (long) page * size + SearchRequest.MAX_SIZE > config.maxResultWindow();
        return new Position(page, null, lastBeforeSortValues ? openPointInTime() : null, (long) (page - 1) * size,
                fingerprint);
    }

    /**
     * Where the search reads from, where its page starts and its order.
     *
     * @param ranking the signals that reorder the best matches in relevance order
     */
    void applyTo(Builder search, Position position, int size, Sort sort, Supplier<Query> ranking) {
        if (position.pit() == null) {
            // ties in score follow the index order of the shard copy that answers: the same one for every page (a
            // custom preference may not start with "_", which a fingerprint can)
            search.index(index.alias()).preference("query-" + position.query());
        } else {
            search.pit(pit -> pit.id(position.pit()).keepAlive(time -> time.time(keepAlive())));
        }
        search.sort(sort.options());
        boolean relevance = sort == Sort.RELEVANCE;
        boolean atOffset = position.cursor() == null
                || relevance && position.seen() + size <= config.maxResultWindow();
        if (!atOffset) {
            search.searchAfter(position.cursor().after());
            return;
        }
        search.from(Math.toIntExact(position.seen()));
        if (relevance) {
            search.rescore(rescore -> rescore.windowSize(config.rankWindow())
                    .query(window -> window.query(ranking.get())));
        }
    }

    /** Closes a point-in-time this request opened, when it fails and no cursor will take it on. */
    void abandon(Position position) {
        if (position.opened()) {
            closePointInTime(position.pit());
        }
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
    String next(Position position, SearchResponse<Article> response, int size, String spelling) {
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
        return cursors.encode(new Cursor(pit, hits.getLast().sort(), position.query(), seen, spelling));
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
