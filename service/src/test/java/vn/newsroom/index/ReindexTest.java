package vn.newsroom.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.GeneratedArticles;
import vn.newsroom.support.TestArticles;

@QuarkusTest
class ReindexTest {

    private static final Logger LOG = Logger.getLogger(ReindexTest.class);

    @Inject
    ArticleIndex index;
    @Inject
    ElasticsearchClient client;
    @Inject
    ObjectMapper json;

    private final String tag = "rt" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteWhatTheTestWrote() throws Exception {
        TestArticles.deleteBySource(client, index.alias(), tag);
    }

    @Test
    void searchesDuringAReindexNeverFailAndTheCountStaysTheSame() throws Exception {
        storeGeneratedArticles(1500); // several pages to copy, so that the searches overlap the copy, not only the move
        String before = index.currentIndex().orElseThrow();
        long count = index.count(index.alias());
        int expectedTotal = given().queryParam("q", "ASEAN").get("/api/v1/search").then().extract().path("total");
        AtomicBoolean reindexing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CompletableFuture<Void> searchLoop = CompletableFuture.runAsync(() -> {
            while (reindexing.get() || searches.get() < 10) {
                Response response = given().queryParam("q", "ASEAN").get("/api/v1/search");
                searches.incrementAndGet();
                if (response.statusCode() != 200 || response.path("total") != (Integer) expectedTotal) {
                    failures.add(response.statusCode() + " " + response.asString());
                }
            }
        });

        String after;
        try {
            after = given().post("/api/v1/admin/reindex")
                    .then().statusCode(200)
                    .body("previousIndex", equalTo(before))
                    .body("documents", equalTo((int) count))
                    .extract().path("currentIndex");
        } finally {
            reindexing.set(false);
            searchLoop.join();
        }

        LOG.infof("%d searches ran during the reindex", searches.get());
        assertEquals(List.of(), List.copyOf(failures), "failed searches out of " + searches.get());
        assertEquals(index.alias() + "-v" + (version(before) + 1), after);
        assertEquals(after, index.currentIndex().orElseThrow());
        assertEquals(count, index.count(index.alias()));
        assertFalse(client.indices().exists(exists -> exists.index(before)).value(), "the old index is dropped");
        given().get("/api/v1/documents/001_e8e140a97c513190").then().statusCode(200)
                .body("published.value", equalTo("2022-11"));
    }

    @Test
    void writesDuringAReindexAreKeptOrRefusedNeverLost() throws Exception {
        AtomicBoolean reindexing = new AtomicBoolean(true);
        List<String> acknowledged = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        CompletableFuture<Void> writeLoop = CompletableFuture.runAsync(() -> {
            for (int round = 0; reindexing.get() || round < 6; round++) {
                if (round % 2 == 0) {
                    putOne(tag + "-" + round, acknowledged, refused);
                } else {
                    uploadTwenty(round, acknowledged, refused);
                }
            }
        });

        try {
            given().post("/api/v1/admin/reindex").then().statusCode(200);
        } finally {
            reindexing.set(false);
            writeLoop.join();
        }

        LOG.infof("%d writes acknowledged, %d refused during the reindex", acknowledged.size(), refused.get());
        assertFalse(acknowledged.isEmpty());
        for (String id : acknowledged) {
            given().get("/api/v1/documents/" + id).then().statusCode(200);
        }
        given().contentType("application/json").body(Map.of("body", "Sau khi tạo lại chỉ mục.", "source", tag))
                .put("/api/v1/documents/" + tag + "-after").then().statusCode(201);
    }

    /** A single write is stored (201) or refused whole with 503 and Retry-After. */
    private void putOne(String id, List<String> acknowledged, AtomicInteger refused) {
        Response response = given().contentType("application/json")
                .body(Map.of("body", "Bài viết " + id + " trong lúc tạo lại chỉ mục.", "source", tag))
                .put("/api/v1/documents/" + id);
        if (response.statusCode() == 201) {
            acknowledged.add(id);
        } else {
            assertEquals(503, response.statusCode(), response.asString());
            assertTrue(response.header("Retry-After") != null);
            refused.incrementAndGet();
        }
    }

    /** A bulk upload reports each item created, or failed because writes are paused. */
    private void uploadTwenty(int round, List<String> acknowledged, AtomicInteger refused) {
        StringBuilder ndjson = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            ndjson.append("{\"id\": \"%s-%d-%d\", \"body\": \"Bài số %d của đợt %d.\", \"source\": \"%s\"}\n"
                    .formatted(tag, round, k, k, round, tag));
        }
        JsonPath report = given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/bulk").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> item : report.<Map<String, Object>>getList("items")) {
            if ("created".equals(item.get("status"))) {
                acknowledged.add((String) item.get("id"));
            } else {
                assertEquals("failed", item.get("status"));
                assertTrue(((String) item.get("error")).startsWith("cluster_block_exception"), (String) item.get("error"));
                refused.incrementAndGet();
            }
        }
    }

    private void storeGeneratedArticles(int count) throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ndjson.append(json.writeValueAsString(GeneratedArticles.article(tag, i))).append('\n');
        }
        given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/bulk").then().statusCode(200).body("created", equalTo(count));
    }

    private static int version(String indexName) {
        return Integer.parseInt(indexName.substring(indexName.lastIndexOf("-v") + 2));
    }
}
