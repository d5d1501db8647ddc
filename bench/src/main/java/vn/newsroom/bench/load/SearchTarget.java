package vn.newsroom.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a search comparison as a repeatable exchange: the service's URL, or the request bodies the service sent
 * Elasticsearch for that URL, posted to the same index. Each call returns the Elasticsearch {@code took} it reports.
 */
final class SearchTarget {

    private static final Pattern TOOK = Pattern.compile("\"took(?:Ms)?\"\\s*:\\s*(\\d+)");

    private final List<HttpRequest> requests;

    private SearchTarget(List<HttpRequest> requests) {
        this.requests = requests;
    }

    static SearchTarget service(URI search) {
        return new SearchTarget(List.of(get(search).build()));
    }

    /** The service's search with an X-Request-Id, which the service hands Elasticsearch as X-Opaque-Id. */
    static SearchTarget tagged(URI search, String requestId) {
        return new SearchTarget(List.of(get(search).header("X-Request-Id", requestId).build()));
    }

    private static HttpRequest.Builder get(URI search) {
        return HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(60)).GET();
    }

    /**
     * The official client adds {@code typed_keys=true} to every search; the slow log does not keep URL parameters, so
     * it is added here to ask Elasticsearch for exactly the same work.
     */
    static SearchTarget direct(URI elasticsearch, String index, List<String> bodies) {
        URI uri = elasticsearch.resolve("/" + index + "/_search?typed_keys=true");
        return new SearchTarget(bodies.stream().map(body -> HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())
                .toList());
    }

    int exchanges() {
        return requests.size();
    }

    /** Sends the exchange (each request in turn) and returns the sum of the {@code took} values, in ms. */
    long call(HttpClient client) throws IOException {
        long took = 0;
        for (HttpRequest request : requests) {
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (response.statusCode() != 200) {
                throw new IOException(request.uri() + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            Matcher matcher = TOOK.matcher(response.body());
            took += matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        }
        return took;
    }
}
