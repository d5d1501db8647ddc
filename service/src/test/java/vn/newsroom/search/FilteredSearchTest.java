package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilteredSearchTest {

    private static final String LAOS_SEED = "002_927cfe96377052b6";
    private final String source = TestArticles.uniqueSource("filters");

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(
                TestArticles.article(source + "-vn-sea", source, "Tuần tra chung trên biển", "Hải quân tuần tra chung.",
                        "2024-01", List.of("VN:Việt Nam"), List.of("south-china-sea:Biển Đông")),
                TestArticles.article(source + "-la-trade", source, "Thương mại biên giới", "Hàng hoá qua cửa khẩu.",
                        "2023", List.of("LA:Lào"), List.of("economy-trade:Kinh tế - Thương mại")),
                TestArticles.article(source + "-vn-la-sea", source, "Hợp tác hàng hải", "Hai nước bàn về hàng hải.",
                        "2024-03-15", List.of("VN:Việt Nam", "LA:Lào"), List.of("south-china-sea:Biển Đông")),
                TestArticles.article(source + "-kh", source, "Đền Angkor", "Du lịch Campuchia tăng.",
                        null, List.of("KH:Campuchia"), List.of("socio-culture:Văn hoá - Xã hội")));
    }

    @Test
    void unmarkedQueryWithLowerCaseCodeFindsOnlyLaosMarksThePhraseAndCountsOtherCountries() {
        JsonPath laos = given().queryParam("q", "bo truong ngoai giao").queryParam("country", "la")
                .queryParam("source", "seed")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(LAOS_SEED))
                .body("hits[0].countries.code", hasItem("LA"))
                .body("hits[0].snippet", containsString("<mark>Bộ trưởng Ngoại giao</mark>"))
                .body("applied.filters.country.value", containsInAnyOrder("LA"))
                .extract().jsonPath();

        // the country facet ignores country=la: its Việt Nam count is what choosing Việt Nam instead would give
        int vietNamWithoutLaos = given().queryParam("q", "bo truong ngoai giao").queryParam("country", "VN")
                .queryParam("source", "seed").queryParam("facets", "none")
                .get("/api/v1/search").then().statusCode(200).extract().path("total");
        assertEquals(vietNamWithoutLaos, laos.getInt("facets.country.find { it.value == 'VN' }.count"));
        assertEquals(true, laos.getBoolean("facets.country.find { it.value == 'LA' }.selected"));
    }

    @Test
    void severalCountriesAreAlternativesAndATopicNarrowsThem() {
        given().queryParam("source", source).queryParam("country", "VN").queryParam("country", "LA")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-vn-sea", source + "-la-trade", source + "-vn-la-sea"));

        given().queryParam("source", source).queryParam("country", "VN").queryParam("country", "LA")
                .queryParam("topic", "south-china-sea")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-vn-sea", source + "-vn-la-sea"));
    }

    @Test
    void countryAndTopicAcceptNamesWithOrWithoutMarks() {
        given().queryParam("source", source).queryParam("country", "lao").queryParam("topic", "bien dong")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-vn-la-sea"))
                .body("applied.filters.country.label", containsInAnyOrder("Lào"))
                .body("applied.filters.topic.value", containsInAnyOrder("south-china-sea"));
    }

    @Test
    void dateRangeMatchesArticlesWhosePublishedPeriodOverlapsIt() {
        // 2023 (a whole year) overlaps from=2023-06; 2024-01 and 2024-03-15 are after it; no date never matches
        given().queryParam("source", source).queryParam("from", "2023-06")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-la-trade", source + "-vn-sea", source + "-vn-la-sea"));

        given().queryParam("source", source).queryParam("from", "2024-01-20").queryParam("to", "2024-02")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-vn-sea"))
                .body("applied.filters.from", equalTo("2024-01-20"))
                .body("applied.filters.to", equalTo("2024-02"));
    }

    @Test
    void unknownCountryIsAProblemNamingTheParameter() {
        given().queryParam("country", "Narnia").get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("Narnia"))
                .body("invalid-params.name", containsInAnyOrder("country"));
    }

    @Test
    void impossibleDatesAndReversedRangesAreProblemsNamingTheParameter() {
        given().queryParam("from", "2024-13").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("from"));
        given().queryParam("from", "2024").queryParam("to", "2023").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("to"));
        given().queryParam("topic", "no-such-topic").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("topic"));
    }

    @Test
    void sourceFilterKeepsOnlyThatSource() {
        given().queryParam("source", "seed").queryParam("size", 100).queryParam("facets", "none")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("hits.source", everyItem(equalTo("seed")))
                .body("hits.size()", greaterThan(0));
    }
}
