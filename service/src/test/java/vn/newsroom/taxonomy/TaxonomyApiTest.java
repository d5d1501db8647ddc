package vn.newsroom.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.newsroom.enrich.Country;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.Topic;
import vn.newsroom.enrich.TopicTaxonomy;

@QuarkusTest
class TaxonomyApiTest {

    @Inject
    TopicTaxonomy taxonomy;
    @Inject
    CountryCatalog catalog;

    @Test
    void listsEveryTopicWithTheCountTheTopicFacetGives() {
        JsonPath topics = given().get("/api/v1/topics").then().statusCode(200)
                .body("id", containsInAnyOrder(taxonomy.all().stream().map(Topic::id).toArray()))
                .body("find { it.id == 'south-china-sea' }.label", equalTo("Biển Đông"))
                .extract().jsonPath();
        JsonPath facet = given().queryParam("facets", "topic").queryParam("facetSize", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        for (Topic topic : taxonomy.all()) {
            Integer counted = facet.get("facets.topic.find { it.value == '" + topic.id() + "' }.count");
            assertEquals(counted == null ? 0 : counted, topics.getInt("find { it.id == '" + topic.id() + "' }.count"),
                    topic.id());
        }
    }

    @Test
    void listsEveryCountryWithItsAliasesAndCount() {
        given().get("/api/v1/countries").then().statusCode(200)
                .body("code", containsInAnyOrder(catalog.all().stream().map(Country::code).toArray()))
                .body("find { it.code == 'LA' }.name", equalTo("Lào"))
                .body("find { it.code == 'LA' }.aliases", hasItem("Laos"));
        int laos = given().queryParam("country", "LA").queryParam("facets", "none").get("/api/v1/search")
                .then().statusCode(200).extract().path("total");
        given().get("/api/v1/countries").then().statusCode(200).body("find { it.code == 'LA' }.count", equalTo(laos));
    }
}
