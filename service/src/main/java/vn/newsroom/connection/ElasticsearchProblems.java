package vn.newsroom.connection;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.newsroom.problem.ProblemResponses;

/** Problems for what Elasticsearch answers, or fails to: beside the client that every feature calls it through. */
public class ElasticsearchProblems {

    private static final Logger LOG = Logger.getLogger(ElasticsearchProblems.class);
    /** During an outage every request fails alike: one warning per half minute tells the story. */
    private static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

    private final ThrottledWarning unreachableWarning =
            new ThrottledWarning(LOG, "Elasticsearch unreachable", WARNING_INTERVAL);

    @ServerExceptionMapper
    public Response rejected(ElasticsearchException e, UriInfo uri) {
        if (e.status() == 404) {
            return ProblemResponses.unavailable("The article index is not ready yet.", uri);
        }
        if ("cluster_block_exception".equals(e.error().type())) {
            // A block set by the cluster itself, such as the read-only one of a disk past its flood stage.
            return ProblemResponses.unavailable("Elasticsearch refuses writes for now (an index or cluster block);"
                    + " retry shortly.", uri);
        }
        if (e.status() == 400) {
            return ProblemResponses.of(400, "rejected-by-search-engine", "Request rejected by the search engine",
                    "Elasticsearch rejected the request: " + e.error().reason(), uri, List.of());
        }
        if (e.status() == 429) {
            return ProblemResponses.unavailable("Elasticsearch is overloaded; retry shortly.", uri);
        }
        LOG.errorf("Elasticsearch failed with %d: %s", e.status(), e.getMessage());
        return ProblemResponses.of(502, "search-engine-error", "Search engine error",
                "Elasticsearch answered with an error (" + e.error().type() + ").", uri, List.of());
    }

    /**
     * The client reports an unreachable or timed-out cluster as an IOException, and {@link GuardedTransport} an open
     * circuit as one ({@link ElasticsearchUnavailableException}).
     */
    @ServerExceptionMapper
    public Response unreachable(IOException e, UriInfo uri) {
        unreachableWarning.warn(e.toString());
        return ProblemResponses.unavailable("Elasticsearch is unreachable; retry shortly.", uri);
    }
}
