package vn.newsroom.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Where a search page starts, read as the JSON of the search request, without a cluster: {@code from} for numbered
 * pages on the live index, {@code search_after} on a point-in-time for cursors.
 */
class PagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERY = "fingerprint-of-the-query";

    private static final Query SIGNALS = Query.of(q -> q.term(term -> term.field("body.bigram").value("signal")));

    private final CursorCodec cursors = new CursorCodec(JSON);
    // No client: a cursor that carries its point-in-time, and numbered pages, need none.
    private final Paging paging = new Paging(null, new Index(), new Config(400), cursors);

    @Test
    void aNumberedPageStartsAtFromOnTheLiveIndex() throws Exception {
        Paging.Position third = paging.start(3, null, 20, QUERY, Sort.NEWEST);
        SearchRequest request = request(third, 20);

        assertEquals(List.of("articles"), request.index());
        assertEquals("query-" + QUERY, request.preference(), "the same shard copy answers every page of a query");
        JsonNode body = json(request);
        assertEquals(40, body.path("from").asInt());
        assertTrue(body.path("pit").isMissingNode() && body.path("search_after").isMissingNode(), body.toString());
        assertEquals(40, third.seen());
    }

    @Test
    void noPageMeansTheFirst() throws Exception {
        assertEquals(0, json(request(paging.start(null, " ", 10, QUERY, Sort.NEWEST), 10)).path("from").asInt());
    }

    @Test
    void aCursorContinuesAfterItsSortValuesOnItsPointInTime() throws Exception {
        String cursor = cursors.encode(new Cursor("pit-42", List.of(FieldValue.of(1_700_000_000_000L),
                FieldValue.of("vnexpress-17")), QUERY, 30, "bộ trưởng"));
        Paging.Position next = paging.start(null, cursor, 10, QUERY, Sort.NEWEST);
        // the next page scores the words by the spelling of the first, whatever has been learned since
        assertEquals("bộ trưởng", next.cursor().spelling());
        SearchRequest request = request(next, 10);

        assertTrue(request.index().isEmpty(), "a point-in-time names its index already");
        JsonNode body = json(request);
        assertEquals("{\"id\":\"pit-42\",\"keep_alive\":\"300s\"}", body.path("pit").toString());
        assertEquals("[1700000000000,\"vnexpress-17\"]", body.path("search_after").toString());
        assertTrue(body.path("from").isMissingNode(), body.toString());
        assertNull(next.page());
        assertEquals(30, next.seen());
    }

    @Test
    void aCursorOfAnotherQueryIsRefused() {
        String cursor = cursors.encode(new Cursor("pit-42", List.of(FieldValue.of(1L)), "another query", 10, null));
        InvalidParameterException refused =
                assertThrows(InvalidParameterException.class,
                        () -> paging.start(null, cursor, 10, QUERY, Sort.NEWEST));
        assertEquals("cursor", refused.parameter());
        assertTrue(refused.getMessage().contains("another query"), refused.getMessage());
    }

    @Test
    void aPageAndACursorTogetherAreRefused() {
        String cursor = cursors.encode(new Cursor("pit-42", List.of(FieldValue.of(1L)), QUERY, 10, null));
        assertEquals("page",
                assertThrows(InvalidParameterException.class,
                        () -> paging.start(2, cursor, 10, QUERY, Sort.NEWEST)).parameter());
    }

    @Test
    void aRankedPageIsReorderedInTheRescoreWindowAndSortedByScoreAlone() throws Exception {
        JsonNode body = json(ranked(paging.start(2, null, 10, QUERY, Sort.RELEVANCE), 10));

        assertEquals(10, body.path("from").asInt());
        assertEquals("[{\"_score\":{\"order\":\"desc\"}}]", body.path("sort").toString());
        assertEquals(400, body.path("rescore").path(0).path("window_size").asInt());
        assertEquals("signal", body.path("rescore").path(0).path("query").path("rescore_query").path("term")
                .path("body.bigram").path("value").asText());
    }

    @Test
    void aRankedCursorContinuesAtItsOffsetOnItsPointInTimeWithinTheResultWindow() throws Exception {
        // the window reorders scores, which search_after cannot continue from
        String cursor = cursors.encode(new Cursor("pit-42", List.of(FieldValue.of(7.5), FieldValue.of(12L)), QUERY,
                9_990, null));
        JsonNode body = json(ranked(paging.start(null, cursor, 10, QUERY, Sort.RELEVANCE), 10));

        assertEquals(9_990, body.path("from").asInt());
        assertTrue(body.path("search_after").isMissingNode(), body.toString());
        assertEquals("pit-42", body.path("pit").path("id").asText());
        assertEquals(1, body.path("rescore").size());
    }

    @Test
    void aRankedCursorFromTheLiveIndexHasNoSortValuesAndContinuesAtItsOffset() throws Exception {
        String cursor = cursors.encode(new Cursor("pit-42", List.of(), QUERY, 10, null));
        JsonNode body = json(ranked(paging.start(null, cursor, 10, QUERY, Sort.RELEVANCE), 10));

        assertEquals(10, body.path("from").asInt());
        assertTrue(body.path("search_after").isMissingNode(), body.toString());
    }

    @Test
    void aRankWindowBeyondHalfTheResultWindowIsRefusedAtStartUp() {
        assertThrows(IllegalStateException.class, () -> new Paging(null, new Index(), new Config(5_001), cursors));
    }

    @Test
    void aRankedCursorContinuesAfterItsFirstPassScoreBeyondTheResultWindow() throws Exception {
        String cursor = cursors.encode(new Cursor("pit-42", List.of(FieldValue.of(7.5), FieldValue.of(12L)), QUERY,
                9_991, null));
        JsonNode body = json(ranked(paging.start(null, cursor, 10, QUERY, Sort.RELEVANCE), 10));

        assertEquals("[7.5,12]", body.path("search_after").toString());
        assertTrue(body.path("from").isMissingNode() && body.path("rescore").isMissingNode(), body.toString());
        assertEquals("[{\"_score\":{\"order\":\"desc\"}}]", body.path("sort").toString());
    }

    @Test
    void numberedPagesStopAtTheResultWindow() throws Exception {
        assertEquals(9_990, json(request(paging.start(1_000, null, 10, QUERY, Sort.NEWEST), 10)).path("from").asInt());
        InvalidParameterException refused =
                assertThrows(InvalidParameterException.class,
                        () -> paging.start(1_001, null, 10, QUERY, Sort.NEWEST));
        assertTrue(refused.getMessage().contains("nextCursor"), refused.getMessage());
    }

    private SearchRequest request(Paging.Position position, int size) {
        return request(position, size, Sort.NEWEST, () -> {
            throw new AssertionError("a date order is not reordered");
        });
    }

    /** Relevance, reordered by ranking signals. */
    private SearchRequest ranked(Paging.Position position, int size) {
        return request(position, size, Sort.RELEVANCE, () -> SIGNALS);
    }

    private SearchRequest request(Paging.Position position, int size, Sort sort, Supplier<Query> ranking) {
        return SearchRequest.of(search -> {
            paging.applyTo(search, position, size, sort, ranking);
            return search.size(size);
        });
    }

    private static JsonNode json(SearchRequest request) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    /** The documented defaults. */
    private record Index() implements IndexConfig {
        @Override
        public String alias() {
            return "articles";
        }

        @Override
        public int shards() {
            return 1;
        }

        @Override
        public int replicas() {
            return 0;
        }

        @Override
        public Duration oldIndexDropDelay() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration retryInterval() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration startupWait() {
            return Duration.ofSeconds(10);
        }
    }

    /** The documented defaults but the rank window. */
    private record Config(int rankWindow) implements SearchConfig {
        @Override
        public int defaultSize() {
            return 10;
        }

        @Override
        public int maxResultWindow() {
            return 10_000;
        }

        @Override
        public int exactTotalUpTo() {
            return 10_000;
        }

        @Override
        public String highlightTag() {
            return "mark";
        }

        @Override
        public int snippetLength() {
            return 200;
        }

        @Override
        public int didYouMeanBelow() {
            return 3;
        }

        @Override
        public int typosBelow() {
            return 5;
        }

        @Override
        public Duration cursorKeepAlive() {
            return Duration.ofMinutes(5);
        }
    }
}
