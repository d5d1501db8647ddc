package vn.newsroom.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.RawHttp;

/** What the HTTP layer refuses before a resource runs, each time with a problem, and what slow clients cannot hold. */
@QuarkusTest
class RequestLimitsTest {

    /** Longer than the 10 s body deadline, the longest the service takes to answer here even on a busy machine. */
    private static final int WAIT_MILLIS = 20_000;
    private static final String SEARCH = "POST /api/v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aSearchBodyDeclaredOverItsLimitIsRefusedBeforeItIsSent() throws Exception {
        try (RawHttp http = RawHttp.connect(WAIT_MILLIS)) {
            http.send(SEARCH + "Content-Length: 52428800\r\n\r\n{\"q\": \"");
            assertProblem(http.read(), 413);
        }
    }

    @Test
    void aChunkedSearchBodyIsRefusedOnceItPassesItsLimit() throws Exception {
        String chunk = " ".repeat(16 * 1024);
        StringBuilder body = new StringBuilder("9\r\n{\"q\": \"a\"\r\n");
        for (int i = 0; i < 5; i++) {
            body.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        try (RawHttp http = RawHttp.connect(WAIT_MILLIS)) {
            http.send(SEARCH + "Transfer-Encoding: chunked\r\n\r\n" + body + "0\r\n\r\n");
            assertProblem(http.read(), 413);
        }
    }

    @Test
    void aRequestTargetOverItsLimitGets414() throws Exception {
        try (RawHttp http = RawHttp.connect(WAIT_MILLIS)) {
            http.send("GET /api/v1/search?q=" + "a".repeat(17_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertProblem(http.read(), 414);
        }
    }

    @Test
    void headersOverTheirLimitGet431() throws Exception {
        try (RawHttp http = RawHttp.connect(WAIT_MILLIS)) {
            http.send("GET /api/v1/search HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(25_000) + "\r\n\r\n");
            assertProblem(http.read(), 431);
        }
    }

    @Test
    void aBodyThatStopsArrivingIsCutOffWith408() throws Exception {
        try (RawHttp http = RawHttp.connect(WAIT_MILLIS)) {
            http.send(SEARCH + "Content-Length: 100\r\n\r\n{\"q\": ");
            assertProblem(http.read(), 408);
        }
    }

    /**
     * 250 clients that each send part of a search body (more than Quarkus REST buffers on the event loop, 10 KB) and
     * stop: more than the worker pool's 200 threads. A search sent meanwhile is still answered.
     */
    @Test
    void clientsThatSendBodiesSlowlyDoNotHoldUpOtherSearches() throws Exception {
        given().queryParam("q", "ASEAN").get("/api/v1/search").then().statusCode(200);
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 250; i++) {
                slow.add(RawHttp.connect(WAIT_MILLIS)
                        .send(SEARCH + "Content-Length: 60000\r\n\r\n{\"q\": \"" + "a".repeat(12_000)));
            }
            given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", WAIT_MILLIS)))
                    .queryParam("q", "ASEAN").get("/api/v1/search").then().statusCode(200);
            assertFalse(slow.getLast().answered(), "the slow clients were still sending when the search was answered");
        } finally {
            for (RawHttp client : slow) {
                client.close();
            }
        }
    }

    private void assertProblem(RawHttp.Response response, int status) throws Exception {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.header("Content-Type"));
        JsonNode problem = json.readTree(response.body());
        assertEquals(status, problem.path("status").asInt(), response.body());
        assertTrue(problem.path("type").asText().startsWith("/problems/"), response.body());
        assertFalse(problem.path("requestId").asText().isEmpty(), response.body());
    }
}
