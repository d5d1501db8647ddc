package vn.newsroom.facets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FacetValuesApiTest {

    @Test
    void prefixWithoutMarksFindsVietNam() {
        given().queryParam("prefix", "viet").queryParam("source", "seed").get("/api/v1/facets/country")
                .then().statusCode(200)
                .body("facet", equalTo("country"))
                .body("buckets.value", contains("VN"))
                .body("buckets[0].label", equalTo("Việt Nam"))
                .body("buckets[0].count", equalTo(4));
    }

    @Test
    void countsApplyTheQueryAndOtherFiltersButNotTheFacetsOwn() {
        // seed 002 is the only one about Laos; its other countries stay on offer with country=LA selected
        given().queryParam("q", "Luang Prabang").queryParam("country", "LA").queryParam("source", "seed")
                .get("/api/v1/facets/country")
                .then().statusCode(200)
                .body("buckets.value", hasItem("VN"))
                .body("buckets.find { it.value == 'LA' }.selected", equalTo(true));
    }

    @Test
    void whenMostOfTheWordsMatchNothingTheValuesAreThoseOfTheArticlesWithAnyOfThem() {
        // one word of four: match=most finds nothing, and the search answers with the articles that have any word
        String q = "Luang xyzzy qwerty plugh";
        given().queryParam("q", q).queryParam("source", "seed").get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("any"))
                .body("hits.id", hasItem("002_927cfe96377052b6"));
        given().queryParam("q", q).queryParam("source", "seed").get("/api/v1/facets/country")
                .then().statusCode(200)
                .body("buckets.value", hasItem("LA"));
    }

    @Test
    void topicPrefixMatchesLabelsAccentInsensitively() {
        given().queryParam("prefix", "bien").queryParam("source", "seed").get("/api/v1/facets/topic")
                .then().statusCode(200)
                .body("buckets.value", contains("south-china-sea"))
                .body("buckets[0].label", equalTo("Biển Đông"));
    }

    @Test
    void datePrefixMatchesTheValue() {
        given().queryParam("prefix", "2022").queryParam("source", "seed").get("/api/v1/facets/month")
                .then().statusCode(200)
                .body("buckets.value", everyItem(startsWith("2022")))
                .body("buckets.value", contains("2022-11"));
        given().queryParam("prefix", "thang").get("/api/v1/facets/month")
                .then().statusCode(200).body("buckets", empty());
    }

    @Test
    void unknownFacetIsAProblemNamingIt() {
        given().get("/api/v1/facets/colour")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("topic, country, year, month"))
                .body("invalid-params.name", contains("facet"));
    }
}
