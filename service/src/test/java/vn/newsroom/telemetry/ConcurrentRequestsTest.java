package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every request succeeds when many run at once, each with its own request id passed on to Elasticsearch. Reads by id:
 * the cheapest Elasticsearch call, so the most of them in the time.
 */
@QuarkusTest
class ConcurrentRequestsTest {

    private static final int CLIENTS = 8;
    private static final int READS_EACH = 40;

    @Test
    void parallelRequestsAllSucceed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                results.add(clients.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < READS_EACH; i++) {
                        statuses.add(given().header(RequestId.HEADER, "parallel-" + id + "-" + i)
                                .get("/api/v1/documents/002_927cfe96377052b6").statusCode());
                    }
                    return statuses;
                }));
            }
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<List<Integer>> result : results) {
                result.get().forEach(status -> counts.merge(status, 1, Integer::sum));
            }
            assertEquals(Map.of(200, CLIENTS * READS_EACH), counts);
        } finally {
            clients.shutdownNow();
        }
    }
}
