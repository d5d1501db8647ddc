package vn.newsroom.bulk;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newsroom.support.GeneratedArticles;
import vn.newsroom.support.PausableElasticsearch;

/**
 * Uploads cut short, by the size limit (64K here) or by Elasticsearch stopping to answer part-way: the answer is
 * still the per-item report of what was stored. Uploads are chunked (no Content-Length), as a client streaming a
 * large file sends them.
 */
@QuarkusTest
@TestProfile(PausableElasticsearch.Profile.class)
@EnabledIfEnvironmentVariable(named = PausableElasticsearch.PID, matches = "\\d+")
class InterruptedBulkUploadTest {

    @TestHTTPResource("/api/v1/documents/bulk")
    URI bulk;
    @Inject
    ObjectMapper json;

    private final String tag = "ib" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void anUploadOverTheSizeLimitStoresAndReportsTheItemsBeforeTheLimit() throws Exception {
        int sent = 200; // about 130K of NDJSON, twice the limit
        CompletableFuture<HttpResponse<String>> answer = upload();
        try (OutputStream body = stream) {
            for (int i = 0; i < sent; i++) {
                body.write(line(i));
            }
        } catch (IOException refusedAfterTheAnswer) {
            // the service may stop reading once it has answered
        }
        HttpResponse<String> response = answer.get();

        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json.readTree(response.body());
        int read = report.get("items").size();
        assertTrue(read > 0 && read < sent, "items reported: " + read);
        assertEquals(IntStream.range(0, read).boxed().toList(), indices(report));
        assertEquals(read, report.get("created").asInt(), response.body());
        assertEquals("too-large", report.at("/incomplete/0/reason").asText());
        assertTrue(report.at("/incomplete/0/detail").asText().contains("items from index " + read + " on were not read"));
        given().queryParam("q", tag).queryParam("size", 1).get("/api/v1/search")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(read));
    }

    @Test
    void elasticsearchStoppingPartWayGivesAReportOfWhatWasStoredNotA503() throws Exception {
        CompletableFuture<HttpResponse<String>> answer = upload();
        HttpResponse<String> response;
        try (OutputStream body = stream) {
            // More than the service reads at once (but under the 64K limit in all), so batches are stored as they arrive.
            for (int i = 0; i < 20; i++) {
                body.write(line(i));
            }
            body.flush();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/api/v1/documents/" + tag + "-9").statusCode() == 200);
            PausableElasticsearch.pause();
            for (int i = 20; i < 30; i++) {
                body.write(line(i));
            }
        }
        try {
            response = answer.get();
        } finally {
            PausableElasticsearch.resume();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> given().get("/api/v1/documents/" + tag + "-0").statusCode() == 200);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode report = json.readTree(response.body());
        List<String> statuses = new ArrayList<>();
        report.get("items").forEach(item -> statuses.add(item.get("status").asText()));
        assertEquals(30, statuses.size());
        assertEquals(List.of("created"), statuses.subList(0, 10).stream().distinct().toList(), response.body());
        assertEquals(List.of("failed"), statuses.subList(20, 30).stream().distinct().toList(), response.body());
        assertEquals("not-refreshed", report.at("/incomplete/0/reason").asText());
        assertFalse(report.at("/items/29/error").asText().isEmpty());
        for (int i = 0; i < 30; i++) {
            if ("created".equals(statuses.get(i))) {
                given().get("/api/v1/documents/" + tag + "-" + i).then().statusCode(200);
            }
        }
    }

    private PipedOutputStream stream;

    /** Starts a chunked upload whose body this test writes to {@link #stream}. */
    private CompletableFuture<HttpResponse<String>> upload() throws IOException {
        PipedInputStream in = new PipedInputStream(64 * 1024);
        stream = new PipedOutputStream(in);
        HttpRequest request = HttpRequest.newBuilder(bulk).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> in)).build();
        // HTTP/1.1: an h2c upgrade attempt could hold the body back until it is complete.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private byte[] line(int i) throws IOException {
        return (json.writeValueAsString(GeneratedArticles.article(tag, i)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> indices(JsonNode report) {
        List<Integer> indices = new ArrayList<>();
        report.get("items").forEach(item -> indices.add(item.get("index").asInt()));
        return indices;
    }
}
