package vn.newsroom.related;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedApiTest {

    private static final String LAOS_SEED = "002_927cfe96377052b6";

    @Test
    void relatedArticlesAreOthersOfTheSameSubject() {
        given().queryParam("size", 2).get("/api/v1/documents/" + LAOS_SEED + "/related")
                .then().statusCode(200)
                .body("id", equalTo(LAOS_SEED))
                .body("hits", hasSize(2))
                .body("hits.id", not(hasItem(LAOS_SEED)))
                .body("hits.snippet", everyItem(notNullValue()))
                .body("hits.snippet", everyItem(not(containsString("<mark>"))));
    }

    @Test
    void unknownArticleIsAProblem404() {
        given().get("/api/v1/documents/no-such-article/related")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-article"));
    }
}
