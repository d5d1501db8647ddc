package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
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
        String search = "uri=\"/api/v1/search\"";
        assertTrue(after.samples("http_server_requests_seconds_bucket", search, "le=\"0.1\"").size() == 1,
                "one 100 ms bucket for successful searches");
        assertTrue(after.sum("http_server_requests_seconds_count", search, "status=\"200\"")
                - before.sum("http_server_requests_seconds_count", search, "status=\"200\"") >= 3);
        String esSearch = "endpoint=\"es/search\"";
        assertTrue(after.samples("elasticsearch_client_requests_seconds_bucket", esSearch, "outcome=\"success\"", "le=\"0.05\"")
                .size() == 1, "Elasticsearch search calls have latency buckets");
        assertTrue(after.sum("elasticsearch_client_requests_seconds_count", esSearch)
                - before.sum("elasticsearch_client_requests_seconds_count", esSearch) >= 3);
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
}
