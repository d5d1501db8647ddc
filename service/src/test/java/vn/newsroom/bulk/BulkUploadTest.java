package vn.newsroom.bulk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.newsroom.article.ArticleInput;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.support.GeneratedArticles;
import vn.newsroom.support.TestArticles;

@QuarkusTest
class BulkUploadTest {

    private static final Logger LOG = Logger.getLogger(BulkUploadTest.class);
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexConfig index;
    @Inject
    ObjectMapper json;

    /** REST Assured sends strings of types it does not know as bytes. */
    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Unique per test, used as the generated articles' source, in their ids and as a word of their text. */
    private final String tag = "bt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @AfterEach
    void deleteTheGeneratedArticles() throws Exception {
        TestArticles.deleteBySource(client, index.alias(), tag);
    }

    @Test
    void tenThousandArticlesWithThreeMalformedOnesFailExactlyThoseThree() throws Exception {
        int count = 10_000;
        List<Integer> malformed = List.of(1234, 5678, 9012);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(json.writeValueAsString(GeneratedArticles.article(tag, i)));
        }
        lines.set(1234, lines.get(1234).replaceFirst("\"publishedAt\":\"\\d{4}-\\d\\d", "\"publishedAt\":\"2021-13"));
        lines.set(5678, lines.get(5678).substring(0, 40)); // cut off mid-string: not JSON
        lines.set(9012, lines.get(9012).replaceFirst("\"body\":\"[^\"]*\"", "\"body\":\"  \""));

        long start = System.nanoTime();
        JsonPath report = given().contentType(NDJSON).body(bytes(String.join("\n", lines)))
                .post("/api/v1/documents/bulk")
                .then().statusCode(200).extract().jsonPath();
        LOG.infof("Bulk upload of %d articles answered in %d ms", count, (System.nanoTime() - start) / 1_000_000);

        assertEquals(count, report.getList("items").size());
        assertEquals(IntStream.range(0, count).boxed().toList(), report.getList("items.index", Integer.class));
        assertEquals(malformed, report.getList("items.findAll { it.status == 'failed' }.index", Integer.class));
        assertEquals(count - 3, report.getInt("created"));
        assertEquals(3, report.getInt("failed"));
        assertEquals(tag + "-1234", report.getString("items[1234].id"));
        assertEquals(List.of("publishedAt", "malformed", "body"), List.of(
                report.getString("items[1234].error").substring(0, "publishedAt".length()),
                report.getString("items[5678].error").substring(0, "malformed".length()).toLowerCase(),
                report.getString("items[9012].error").substring(0, "body".length())));

        given().queryParam("q", tag).queryParam("size", 1).get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(count - 3));
        given().get("/api/v1/documents/" + tag + "-1234").then().statusCode(404);
        given().get("/api/v1/documents/" + tag + "-42").then().statusCode(200).body("source", equalTo(tag));
    }

    @Test
    void jsonArrayUploadStoresEachItemAndSendingItAgainUpdatesInsteadOfDuplicating() {
        List<ArticleInput> articles = List.of(GeneratedArticles.article(tag, 1), GeneratedArticles.article(tag, 2));

        given().contentType("application/json").body(articles).post("/api/v1/documents/bulk")
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("items.status", contains("created", "created"))
                .body("items.id", contains(tag + "-1", tag + "-2"));
        given().contentType("application/json").body(articles).post("/api/v1/documents/bulk")
                .then().statusCode(200)
                .body("updated", equalTo(2))
                .body("items.status", contains("updated", "updated"));

        given().queryParam("q", tag).get("/api/v1/search").then().body("total", equalTo(2));
    }

    @Test
    void itemsWithoutIdGetTheIdDerivedFromTheirContent() throws Exception {
        ArticleInput article = GeneratedArticles.article(tag, 3);
        ArticleInput withoutId = new ArticleInput(null, article.title(), article.body(), null, tag, null, null, null);

        String id = given().contentType(NDJSON).body(bytes(json.writeValueAsString(Map.of("title", article.title(),
                        "body", article.body(), "source", tag))))
                .post("/api/v1/documents/bulk")
                .then().statusCode(200).body("items.status", contains("created")).extract().path("items[0].id");

        given().contentType("application/json").body(withoutId).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void arrayWithASyntaxErrorStoresTheItemsBeforeItAndReportsTheBrokenOne() throws Exception {
        String first = json.writeValueAsString(GeneratedArticles.article(tag, 4));
        String body = "[" + first + ", {\"id\": \"x\", \"body\": ]";

        given().contentType("application/json").body(body).post("/api/v1/documents/bulk")
                .then().statusCode(200)
                .body("items.status", contains("created", "failed"))
                .body("items[1].index", equalTo(1));
    }

    @Test
    void refusesAnEmptyUploadAndOtherContentTypesWithProblems() {
        given().contentType(NDJSON).body(bytes("\n\n")).post("/api/v1/documents/bulk")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body("{\"body\": \"Một bài\"}").post("/api/v1/documents/bulk")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/csv").body(bytes("id,body")).post("/api/v1/documents/bulk")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anItemWithAnUnknownCountryFailsAloneAndIsNotStored() {
        given().contentType(NDJSON)
                .body(bytes("{\"id\": \"" + tag + "-a\", \"body\": \"Bài thứ nhất.\", \"source\": \"" + tag + "\"}\n"
                        + "{\"id\": \"" + tag + "-b\", \"body\": \"Bài thứ hai.\", \"countries\": [\"ZZ\"]}\n"))
                .post("/api/v1/documents/bulk")
                .then().statusCode(200)
                .body("items.status", contains("created", "failed"))
                .body("items[1].id", equalTo(tag + "-b"))
                .body("items[1].error", equalTo("countries: 'ZZ' is not a country code of the catalogue"));

        given().get("/api/v1/documents/" + tag + "-b").then().statusCode(404);
    }
}
