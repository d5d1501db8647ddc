package vn.newsroom.index;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
import vn.newsroom.support.TestArticles;

@QuarkusTest
class ReindexTest {

    private static final Logger LOG = Logger.getLogger(ReindexTest.class);

    @Inject
    ArticleIndex index;
    @Inject
    ElasticsearchClient client;

    private final String tag = "rt" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteWhatTheTestWrote() throws Exception {
        TestArticles.deleteBySource(client, index.alias(), tag);
    }

    @Test
    void searchesDuringAReindexNeverFailAndTheCountStaysTheSame() throws Exception {
        storeFillerArticles(1500); // several pages to copy, so that the searches overlap the copy, not only the move
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
    void writesAndDeletesDuringAReindexAreAllAcceptedAndNoneIsLost() throws Exception {
        storeFillerArticles(1500); // several pages to copy, so that the writes overlap the copy, not only the move
        int deletable = 40;
        for (int k = 0; k < deletable; k++) {
            put(tag + "-del-" + k, "Bài sẽ bị xoá " + k);
        }
        AtomicBoolean reindexing = new AtomicBoolean(true);
        List<String> written = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        AtomicInteger lastUpdate = new AtomicInteger(-1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int round = 0; reindexing.get() || round < 6; round++) {
                switch (round % 4) {
                    case 0 -> accept(put(tag + "-new-" + round, "Bài viết mới " + round), 201, written, tag + "-new-" + round, refused);
                    case 1 -> {
                        if (accept(put(tag + "-updated", "Phiên bản " + round), -1, null, null, refused)) {
                            lastUpdate.set(round);
                        }
                    }
                    case 2 -> {
                        if (deleted.size() < deletable) {
                            String id = tag + "-del-" + deleted.size();
                            accept(given().delete("/api/v1/documents/" + id), 204, deleted, id, refused);
                        }
                    }
                    default -> uploadTwenty(round, written, refused);
                }
            }
        });

        try {
            given().post("/api/v1/admin/reindex").then().statusCode(200);
        } finally {
            reindexing.set(false);
            writer.join();
        }

        LOG.infof("During the reindex: %d articles written, %d deleted, %d writes refused",
                written.size(), deleted.size(), refused.size());
        assertEquals(List.of(), refused, "refused writes");
        assertFalse(written.isEmpty());
        assertFalse(deleted.isEmpty());
        for (String id : written) {
            given().get("/api/v1/documents/" + id).then().statusCode(200);
        }
        for (String id : deleted) {
            given().get("/api/v1/documents/" + id).then().statusCode(404);
        }
        given().get("/api/v1/documents/" + tag + "-updated").then().statusCode(200)
                .body("body", equalTo("Phiên bản " + lastUpdate.get() + "."));
        client.indices().refresh(refresh -> refresh.index(index.alias()));
        long expected = 1500 + written.size() + deletable - deleted.size() + 1;
        given().queryParam("q", tag).queryParam("size", 1).get("/api/v1/search").then().statusCode(200);
        assertEquals(expected, client.count(count -> count.index(index.alias())
                .query(query -> query.term(term -> term.field("source").value(tag)))).count());
    }

    private Response put(String id, String body) {
        return given().contentType("application/json").body(Map.of("body", body + ".", "source", tag))
                .put("/api/v1/documents/" + id);
    }

    /** Whether the write was accepted: any 2xx, or exactly {@code expected} when given; records what was refused. */
    private static boolean accept(Response response, int expected, List<String> acknowledged, String id, List<String> refused) {
        boolean ok = expected < 0 ? response.statusCode() / 100 == 2 : response.statusCode() == expected;
        if (!ok) {
            refused.add(response.statusCode() + " " + response.asString());
        } else if (acknowledged != null) {
            acknowledged.add(id);
        }
        return ok;
    }

    private void uploadTwenty(int round, List<String> acknowledged, List<String> refused) {
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
                refused.add(item.toString());
            }
        }
    }

    /**
     * Short articles of few words: deleted ones stay in the index's term statistics until a merge, and varied news text
     * there would change the spelling suggestions other tests expect.
     */
    private void storeFillerArticles(int count) {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < count; i++) {
            ndjson.append("{\"id\": \"%s-filler-%d\", \"body\": \"Bài số %d.\", \"source\": \"%s\"}\n".formatted(tag, i, i, tag));
        }
        given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/bulk").then().statusCode(200).body("created", equalTo(count));
    }

    private static int version(String indexName) {
        return Integer.parseInt(indexName.substring(indexName.lastIndexOf("-v") + 2));
    }
}
