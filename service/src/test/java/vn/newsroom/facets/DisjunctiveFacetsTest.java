package vn.newsroom.facets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisjunctiveFacetsTest {

    private final String source = TestArticles.uniqueSource("facets");

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        String sea = "south-china-sea:Biển Đông";
        String trade = "economy-trade:Kinh tế";
        articles.saveAll(
                TestArticles.article(source + "-1", source, "Một", "Cảng biển mới.", "2024-01", List.of("VN:Việt Nam"), List.of(sea)),
                TestArticles.article(source + "-2", source, "Hai", "Cảng biển cũ.", "2024-02-10", List.of("VN:Việt Nam"), List.of(trade)),
                TestArticles.article(source + "-3", source, "Ba", "Cảng sông.", "2023", List.of("LA:Lào"), List.of(trade)),
                TestArticles.article(source + "-4", source, "Bốn", "Cảng cạn.", null, List.of("LA:Lào", "VN:Việt Nam"), List.of(sea)),
                TestArticles.article(source + "-5", source, "Năm", "Kho hàng.", "2024-01-05", List.of("KH:Campuchia"), List.of(trade)));
    }

    @Test
    void eachFacetCountsUnderEveryFilterButItsOwn() {
        given().queryParam("source", source).queryParam("q", "cang").queryParam("country", "LA").queryParam("topic", "economy-trade")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains(source + "-3"))
                // countries: q and topic apply, country does not -> articles 2 (VN) and 3 (LA)
                .body("facets.country.value", contains("LA", "VN"))
                .body("facets.country.count", contains(1, 1))
                .body("facets.country.selected", contains(true, false))
                // topics: q and country apply, topic does not -> articles 3 (trade) and 4 (sea)
                .body("facets.topic.find { it.value == 'economy-trade' }.count", equalTo(1))
                .body("facets.topic.find { it.value == 'economy-trade' }.selected", equalTo(true))
                .body("facets.topic.find { it.value == 'south-china-sea' }.count", equalTo(1))
                // dates: every filter applies -> article 3 only
                .body("facets.year.value", contains("2023"));
    }

    @Test
    void datesCountNewestFirstWithUndatedArticlesInTheirOwnBucket() {
        given().queryParam("source", source).queryParam("facets", "year,month").get("/api/v1/search")
                .then().statusCode(200)
                .body("facets", not(hasKey("country")))
                .body("facets.year.value", contains("2024", "2023", "unknown"))
                .body("facets.year.count", contains(3, 1, 1))
                .body("facets.month.value", contains("2024-02", "2024-01", "unknown"))
                .body("facets.month.count", contains(1, 2, 2))
                .body("facets.month[1].label", equalTo("Tháng 1/2024"));
    }

    @Test
    void dateBucketsInsideTheRequestedRangeAreSelectedAndTheDateFacetsIgnoreIt() {
        given().queryParam("source", source).queryParam("from", "2024-01").queryParam("to", "2024-01")
                .queryParam("facets", "year,month")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("facets.year.value", contains("2024", "2023", "unknown"))
                .body("facets.year.selected", contains(false, false, false))
                .body("facets.month.find { it.value == '2024-01' }.selected", equalTo(true))
                .body("facets.month.find { it.value == '2024-02' }.selected", equalTo(false));
    }

    @Test
    void aSelectedValueIsListedEvenBeyondFacetSize() {
        given().queryParam("source", source).queryParam("country", "KH").queryParam("facetSize", 1)
                .queryParam("facets", "country")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("facets.country.value", contains("VN", "KH"))
                .body("facets.country.selected", contains(false, true));
    }

    @Test
    void facetsNoneComputesNoFacetsAndAnUnknownFacetIsAProblem() {
        given().queryParam("source", source).queryParam("facets", "none").get("/api/v1/search")
                .then().statusCode(200).body("facets", equalTo(Map.of()));
        given().queryParam("facets", "country,colour").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", contains("facets"));
    }
}
