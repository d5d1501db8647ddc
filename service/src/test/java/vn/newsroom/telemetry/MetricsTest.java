package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import vn.newsroom.index.ArticleIndex;
import vn.newsroom.seeds.SeedLoader;

@QuarkusTest
class MetricsTest {

    @Inject
    SeedLoader seeds;
    @Inject
    ArticleIndex index;
    @Inject
    ElasticsearchClient client;

    @Test
    void exposesSearchLatencyHistogramsOfTheEndpointAndOfItsElasticsearchCalls() {
        PrometheusText before = PrometheusText.scrape();
        for (String q : List.of("ASEAN", "bo truong ngoai giao", "Hà Nội")) {
            given().queryParam("q", q).get("/api/v1/search").then().statusCode(200);
        }

        PrometheusText after = PrometheusText.scrape();
        String[] searches = {"uri=\"/api/v1/search\"", "status=\"200\""};
        assertEquals(3, after.sum("http_server_requests_seconds_count", searches)
                - before.sum("http_server_requests_seconds_count", searches), 0.0);
        assertFalse(after.samples("http_server_requests_seconds_bucket", with(searches, "le=\"0.1\"")).isEmpty(),
                "searches have latency buckets");
        String[] elasticsearchSearches = {"endpoint=\"es/search\"", "outcome=\"success\""};
        // At least one Elasticsearch search per API search (a search may take more than one).
        assertTrue(after.sum("elasticsearch_client_requests_seconds_count", elasticsearchSearches)
                - before.sum("elasticsearch_client_requests_seconds_count", elasticsearchSearches) >= 3);
        assertFalse(after.samples("elasticsearch_client_requests_seconds_bucket", with(elasticsearchSearches, "le=\"0.05\""))
                .isEmpty(), "Elasticsearch search calls have latency buckets");
    }

    @Test
    void countsFailedElasticsearchCallsWithTheirStatus() {
        String[] failedGet = {"endpoint=\"es/indices.get\"", "outcome=\"error\"", "status=\"404\""};
        double before = PrometheusText.scrape().sum("elasticsearch_client_requests_seconds_count", failedGet);

        assertThrows(ElasticsearchException.class, () -> client.indices().get(get -> get.index("no-such-index-for-metrics")));

        assertEquals(before + 1, PrometheusText.scrape().sum("elasticsearch_client_requests_seconds_count", failedGet));
    }

    @Test
    void countsArticlesIndexedInBulk() throws Exception {
        String indexed = "result=\"indexed\"";
        double before = PrometheusText.scrape().sum("news_ingest_documents_total", indexed);

        int loaded = seeds.loadInto(index.alias());

        assertEquals(before + loaded, PrometheusText.scrape().sum("news_ingest_documents_total", indexed));
    }

    @Test
    void reportsTheNumberOfIndexedArticles() {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> MatcherAssert.assertThat(
                PrometheusText.scrape().samples("news_index_documents", "alias=\"articles\""),
                hasItem(greaterThanOrEqualTo(5.0))));
    }

    private static String[] with(String[] labels, String label) {
        String[] all = Arrays.copyOf(labels, labels.length + 1);
        all[labels.length] = label;
        return all;
    }
}
