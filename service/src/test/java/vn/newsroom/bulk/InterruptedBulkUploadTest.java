package vn.newsroom.bulk;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newsroom.support.ChunkedUpload;
import vn.newsroom.support.GeneratedArticles;
import vn.newsroom.support.PausableElasticsearch;

/**
 * Uploads cut short by the size limit (64K here): the answer is still the per-item report of what was stored.
 * Uploads are chunked (no Content-Length), as a client streaming a large file sends them. Elasticsearch failing
 * part-way: {@link BulkUploadDuringOutageTest}.
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
        ChunkedUpload upload = ChunkedUpload.start(bulk);
        try (OutputStream body = upload.body()) {
            for (int i = 0; i < sent; i++) {
                body.write(line(i));
            }
        } catch (IOException refusedAfterTheAnswer) {
            // the service may stop reading once it has answered
        }
        HttpResponse<String> response = upload.answer().get();

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

    private byte[] line(int i) throws IOException {
        return (json.writeValueAsString(GeneratedArticles.article(tag, i)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> indices(JsonNode report) {
        List<Integer> indices = new ArrayList<>();
        report.get("items").forEach(item -> indices.add(item.get("index").asInt()));
        return indices;
    }
}
