package vn.newsroom.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.newsroom.index.ArticleIndex;

/**
 * Elasticsearch calls made at once for different API requests, each with its own request id to pass on, all succeed.
 * Made straight through the client, without HTTP in between, so that as many as possible overlap.
 */
@QuarkusTest
class ConcurrentElasticsearchCallsTest {

    private static final int REQUESTS = 16;
    private static final int CALLS_EACH = 200;

    @Inject
    ElasticsearchClient client;
    @Inject
    ArticleIndex index;

    @Test
    void parallelCallsForDifferentRequestsAllSucceed() throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int request = 0; request < REQUESTS; request++) {
                int id = request;
                results.add(requests.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int i = 0; i < CALLS_EACH; i++) {
                        RequestId.begin("parallel-" + id + "-" + i);
                        try {
                            client.count(count -> count.index(index.alias()));
                        } catch (Exception e) {
                            failures.add(e.toString());
                        } finally {
                            RequestId.end();
                        }
                    }
                    return failures;
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<List<String>> result : results) {
                failures.addAll(result.get());
            }
            assertEquals(List.of(), failures);
        } finally {
            requests.shutdownNow();
        }
    }
}
