package vn.newsroom.bench.relevance;

import java.io.IOException;
import java.util.List;

/** Something that answers a query with ranked article ids: the service, or a baseline index. */
interface SearchEngine {

    /** How many hits each query asks for: the metrics are at 10. */
    int DEPTH = 10;

    String name();

    Ranked search(String query) throws IOException;

    /** The first {@link #DEPTH} ids, how many matched in all, and Elasticsearch's own time for the search. */
    record Ranked(List<String> ids, long total, long tookMs) {
    }
}
