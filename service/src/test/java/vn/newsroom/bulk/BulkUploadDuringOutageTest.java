package vn.newsroom.bulk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newsroom.support.GeneratedArticles;
import vn.newsroom.support.ManagementInterface;
import vn.newsroom.support.PausableElasticsearch;
import vn.newsroom.support.RawHttp;

/**
 * Elasticsearch becomes unavailable part-way through a chunked upload: the batches read before are stored while the
 * body is still open, and the answer lists exactly what was stored, checked against the index itself.
 */
@QuarkusTest
@TestProfile(BulkUploadDuringOutageTest.OneFailureOpensTheBreaker.class)
@EnabledIfEnvironmentVariable(named = PausableElasticsearch.PID, matches = "\\d+")
class BulkUploadDuringOutageTest {

    /**
     * One call without an answer opens the breaker, for longer than the test: what is sent after the pause is then
     * refused before it reaches Elasticsearch, so that it is certainly not stored (a batch sent to the paused node
     * would be applied on resume, and could only be reported as unconfirmed). Writes get their default 30 s, not
     * the shared profile's 2 s: the start-up's writes to a fresh index on a busy machine can take longer, and one
     * timing out would open the breaker before the test begins (the service then never gets ready).
     */
    public static class OneFailureOpensTheBreaker extends PausableElasticsearch.Profile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("news.elasticsearch.breaker.request-volume", "1");
            overrides.put("news.elasticsearch.breaker.failure-ratio", "1");
            overrides.put("news.elasticsearch.breaker.delay", "10m");
            overrides.put("news.elasticsearch.write-timeout", "30s");
            return overrides;
        }
    }

    @Inject
    ObjectMapper json;

    private final String tag = "eo" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final HttpClient elasticsearch = HttpClient.newHttpClient();

    @Test
    void elasticsearchBecomingUnavailablePartWayGivesAReportOfExactlyTheStoredItems() throws Exception {
        // The alias exists and Elasticsearch answers: until then a write would fail item by item (the alias is
        // required), and the index could not tell what was stored.
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200);
        RawHttp.Response response;
        // written by hand: an HTTP client library may hold a streamed body back, and the wire is what is tested
        try (RawHttp upload = RawHttp.connect(60_000)) {
            upload.send("POST /api/v1/documents/bulk HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n");
            try {
                write(upload, 0, 20); // two batches of 10, stored while the body stays open
                // The bound only ends a failing run; a failure shows what the index held at the end.
                await("the first 20 items stored while the body is open").atMost(Duration.ofSeconds(30))
                        .until(this::storedIds, hasSize(20));
                assertFalse(upload.answered(), "the upload was answered before its body ended");
                PausableElasticsearch.pause();
                given().queryParam("q", tag).get("/api/v1/search").then().statusCode(503);
                write(upload, 20, 30);
                upload.send("0\r\n\r\n");
                response = upload.read();
            } finally {
                PausableElasticsearch.resume();
            }
        }

        assertEquals(200, response.status(), response.body());
        JsonNode report = json.readTree(response.body());
        assertEquals(IntStream.range(0, 30).boxed().toList(), report.findValues("index").stream()
                .map(JsonNode::asInt).toList());
        Set<String> reportedStored = new HashSet<>();
        for (JsonNode item : report.get("items")) {
            String status = item.get("status").asText();
            assertEquals(item.get("index").asInt() < 20 ? "created" : "failed", status, item.toString());
            if (!status.equals("failed")) {
                reportedStored.add(item.get("id").asText());
            }
        }
        assertTrue(report.at("/items/25/error").asText().contains("not stored"), report.at("/items/25").toString());
        assertEquals(List.of("not-stored", "not-refreshed"), report.findValues("reason").stream()
                .map(JsonNode::asText).toList());
        assertTrue(report.at("/incomplete/0/detail").asText().contains("10 items, the first at index 20"));
        // Nothing is in flight any more (the breaker refused what came after the pause), so the index is final.
        assertEquals(reportedStored, storedIds());
    }

    /** Items {@code from} to {@code to}, one chunk each. */
    private void write(RawHttp upload, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            byte[] line = (json.writeValueAsString(GeneratedArticles.article(tag, i)) + "\n").getBytes(StandardCharsets.UTF_8);
            upload.send(Integer.toHexString(line.length) + "\r\n").send(line).send("\r\n");
        }
    }

    /**
     * The ids of this test's articles in the index, asked of Elasticsearch itself (the service's breaker is open),
     * after a refresh: the upload refreshes only once, at its end.
     */
    private Set<String> storedIds() throws IOException, InterruptedException {
        URI cluster = URI.create("http://" + System.getenv(PausableElasticsearch.HOSTS) + "/outage/");
        send(HttpRequest.newBuilder(cluster.resolve("_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
        JsonNode hits = json.readTree(send(HttpRequest.newBuilder(cluster.resolve("_search?size=100&q=source:" + tag))
                .GET())).at("/hits/hits");
        Set<String> ids = new HashSet<>();
        hits.forEach(hit -> ids.add(hit.get("_id").asText()));
        return ids;
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = elasticsearch.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
