package vn.newsroom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * How answers travel, seen through a plain JDK client, which unlike REST Assured leaves the compressed body and its
 * headers as they came.
 */
@QuarkusTest
class ResponseEncodingTest {

    @Test
    void clientsThatAcceptGzipGetSearchesCompressed() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/search?q=ASEAN", "Accept-Encoding", "gzip");

        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"));
        byte[] json = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
        assertTrue(new ObjectMapper().readTree(json).has("hits"));
    }

    @Test
    void largeAnswersComeWholeWithTheirLengthRatherThanInChunks() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/documents/002_927cfe96377052b6");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().length > 8_192, "an answer larger than the default 8 KB output buffer, was "
                + response.body().length);
        assertEquals(String.valueOf(response.body().length),
                response.headers().firstValue("Content-Length").orElse("none (chunked)"));
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
