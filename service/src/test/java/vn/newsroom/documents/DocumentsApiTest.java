package vn.newsroom.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentsApiTest {

    @Test
    void returnsSeedArticleById() {
        given().get("/api/v1/documents/001_e8e140a97c513190")
                .then().statusCode(200)
                .body("id", equalTo("001_e8e140a97c513190"))
                .body("sourceFile", equalTo("001_e8e140a97c513190.txt"))
                .body("body", containsString("các Bộ trưởng Ngoại giao ASEAN đã nhóm họp tại Phnom Penh"))
                .body("body", not(containsString("date 2022-11")))
                .body("published.value", equalTo("2022-11"))
                .body("published.precision", equalTo("MONTH"))
                .body("countries.code", hasItem("KH"))
                .body("countries.find { it.code == 'KH' }.name", equalTo("Campuchia"))
                .body("topics.id", hasItem("summits-meetings"));
    }

    @Test
    void answersUnknownIdWithProblem404() {
        given().get("/api/v1/documents/no-such-article")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Article not found"))
                .body("detail", containsString("no-such-article"))
                .body("instance", equalTo("/api/v1/documents/no-such-article"));
    }
}
