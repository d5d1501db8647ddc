package vn.newsroom.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Measures bulk ingest throughput against a running service (run it with scripts/load-bulk): posts generated
 * Vietnamese articles as NDJSON and reports items per second, request generation excluded. The articles have fixed
 * ids ({@code <tag>-<i>}), so running it again replaces them instead of adding more.
 *
 * <p>Arguments: {@code [base URL] [articles] [articles per request] [tag]}, defaults
 * {@code http://localhost:8080 10000 10000 loadtest}. The API key, when the service has one, comes from
 * NEWS_SECURITY_API_KEY.
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perRequest = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        String tag = args.length > 3 ? args[3] : "loadtest";
        Optional<String> key = Optional.ofNullable(System.getenv("NEWS_SECURITY_API_KEY"));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        long nanos = 0;
        long bytes = 0;
        int created = 0;
        int updated = 0;
        int failed = 0;
        for (int first = 0; first < total; first += perRequest) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = first; i < Math.min(total, first + perRequest); i++) {
                ndjson.append(json.writeValueAsString(GeneratedArticles.article(tag, i))).append('\n');
            }
            byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/documents/bulk"))
                    .header("Content-Type", "application/x-ndjson")
                    .timeout(Duration.ofMinutes(10))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            key.ifPresent(value -> request.header("X-API-Key", value));

            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            nanos += System.nanoTime() - start;
            bytes += body.length;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode report = json.readTree(response.body());
            created += report.get("created").asInt();
            updated += report.get("updated").asInt();
            failed += report.get("failed").asInt();
        }
        double seconds = nanos / 1e9;
        System.out.printf("%d articles (%.1f MB) in %d request(s) of up to %d: %.1f s, %.0f articles/s"
                        + " (created %d, updated %d, failed %d)%n", total, bytes / 1e6, (total + perRequest - 1) / perRequest,
                perRequest, seconds, total / seconds, created, updated, failed);
    }
}
