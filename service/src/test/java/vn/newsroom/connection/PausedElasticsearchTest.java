package vn.newsroom.connection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newsroom.support.ManagementInterface;
import vn.newsroom.support.PausableElasticsearch;

/** A hung Elasticsearch (SIGSTOP: connections open, no answers) must not hang the service's callers. */
@QuarkusTest
@TestProfile(PausableElasticsearch.Profile.class)
@EnabledIfEnvironmentVariable(named = PausableElasticsearch.PID, matches = "\\d+")
class PausedElasticsearchTest {

    private static final Logger LOG = Logger.getLogger(PausedElasticsearchTest.class);
    /** The documented default deadline of a search (news.elasticsearch.request-timeout), plus room for a busy machine. */
    private static final Duration SEARCH_BOUND = Duration.ofSeconds(3).plusSeconds(2);

    @Test
    void searchesAnswer503WithinTheDeadlineReadinessGoesDownAndBothRecoverOnResume() {
        given().queryParam("q", "ASEAN").get("/api/v1/search").then().statusCode(200);
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200);

        List<Long> latencies = new ArrayList<>();
        long pausedAt = System.nanoTime();
        PausableElasticsearch.pause();
        try {
            // a body that arrived long ago is no slow client, however long the search then waits (no 408)
            given().contentType("application/json").body("{\"q\": \"ASEAN\"}").post("/api/v1/search")
                    .then().statusCode(503).contentType("application/problem+json");
            await("readiness DOWN").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> ManagementInterface.given().get("/q/health/ready").statusCode() == 503);
            LOG.infof("readiness DOWN %d ms after the pause", (System.nanoTime() - pausedAt) / 1_000_000);
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                Response response = given().queryParam("q", "ASEAN").get("/api/v1/search");
                long millis = (System.nanoTime() - start) / 1_000_000;
                latencies.add(millis);
                assertEquals(503, response.statusCode(), response.asString());
                assertEquals("application/problem+json", response.contentType());
                assertTrue(millis < SEARCH_BOUND.toMillis(), "a search took " + millis + " ms while paused");
            }
        } finally {
            PausableElasticsearch.resume();
        }
        long resumedAt = System.nanoTime();
        LOG.infof("search latencies while paused (ms): %s", latencies);
        // The breaker fails calls at once while open; only its occasional probe waits out the deadline.
        assertTrue(latencies.stream().filter(millis -> millis < 1000).count() >= latencies.size() / 2,
                "most searches fail fast while the breaker is open: " + latencies);

        await("recovery").atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().queryParam("q", "ASEAN").get("/api/v1/search").statusCode() == 200);
        LOG.infof("searches answer again %d ms after the resume", (System.nanoTime() - resumedAt) / 1_000_000);
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
