package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

/** What a hit shows, spelling suggestions, and the JSON form of a search. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchResultsTest {

    private final String source = TestArticles.uniqueSource("results");

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(TestArticles.article(source + "-html", source,
                "Giá xăng <giảm> & dầu tăng", "Giá xăng giảm 5% từ 15/3; \"dầu\" <script>alert(1)</script> tăng.",
                "2024-03-15", List.of("VN:Việt Nam"), List.of("economy-trade:Kinh tế")));
    }

    @Test
    void hitShowsDateCountriesTopicsAndEscapedHtmlWithMarks() {
        given().queryParam("q", "gia xang").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits[0].title", equalTo("Giá xăng <giảm> & dầu tăng"))
                .body("hits[0].titleHighlighted", equalTo("<mark>Giá xăng</mark> &lt;giảm&gt; &amp; dầu tăng"))
                .body("hits[0].snippet", containsString("<mark>Giá xăng</mark> giảm 5% từ 15&#x2F;3"))
                .body("hits[0].snippet", containsString("&lt;script&gt;"))
                .body("hits[0].snippet", not(containsString("<script>")))
                .body("hits[0].publishedAt", equalTo("2024-03-15"))
                .body("hits[0].countries[0].name", equalTo("Việt Nam"))
                .body("hits[0].topics[0].id", equalTo("economy-trade"));
    }

    @Test
    void withoutQueryTheTitleIsEscapedAndTheSnippetIsTheStartOfTheBody() {
        given().queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits[0].score", nullValue())
                .body("hits[0].titleHighlighted", equalTo("Giá xăng &lt;giảm&gt; &amp; dầu tăng"))
                .body("hits[0].snippet", containsString("Giá xăng giảm 5%"));
    }

    @Test
    void misspeltQuerySuggestsTheSpellingOfTheArticles() {
        // every word required and typos not corrected, so that the misspelt one leaves nothing to find
        given().queryParam("q", "\"bo truong\" ngoai giaoo -Myanmr").queryParam("match", "all")
                .queryParam("typos", "0")
                .queryParam("source", "seed")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("didYouMean", equalTo("\"bo truong\" ngoai giao -Myanmr"));
    }

    @Test
    void queryWithEnoughHitsGetsNoSuggestion() {
        given().queryParam("q", "ngoai giao").queryParam("source", "seed").get("/api/v1/search")
                .then().statusCode(200).body("didYouMean", nullValue());
    }

    @Test
    void postTakesTheSameSearchAsAJsonBody() {
        given().contentType(ContentType.JSON)
                .body(Map.of("q", "bo truong ngoai giao", "filters", Map.of("country", List.of("la"), "source", List.of("seed")),
                        "facets", List.of("country"), "size", 5))
                .post("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains("002_927cfe96377052b6"))
                .body("applied.size", equalTo(5))
                .body("facets.country.find { it.value == 'LA' }.selected", equalTo(true));
    }

    @Test
    void postNamesUnknownPropertiesAndWrongTypes() {
        given().contentType(ContentType.JSON).body("{\"q\": \"lao\", \"sise\": 3}").post("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", contains("sise"));
        given().contentType(ContentType.JSON).body("{\"filters\": {\"country\": [\"XX\"]}, \"size\": \"ten\"}")
                .post("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", contains("size"));
        given().contentType(ContentType.JSON).body("{\"size\": 500}").post("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", contains("size"));
        given().contentType(ContentType.JSON).body("{\"q\": ").post("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON"));
    }

    @Test
    void countryCodesInTheEchoAreResolved() {
        given().queryParam("country", "viet nam").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.filters.country.value", containsInAnyOrder("VN"));
    }
}
