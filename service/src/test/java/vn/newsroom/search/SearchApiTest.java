package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleRepository;

@QuarkusTest
class SearchApiTest {

    @Inject
    ArticleRepository repository;

    @Test
    void findsEverySeedArticleMentioningAsean() {
        given().queryParam("q", "ASEAN").get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("hits.id", hasItems("000_581e052d869af158", "001_e8e140a97c513190", "002_927cfe96377052b6",
                        "003_32b0507e24acf0b2", "004_f88c199e214c2830"));
    }

    @Test
    void findsANewlyIndexedArticle() throws Exception {
        repository.save(new Article("test-mekong-flood", "Lũ sông Mê Kông", "Mực nước sông Mê Kông dâng cao kỷ lục.",
                "Mực nước sông Mê Kông dâng cao kỷ lục.", List.of(), List.of(), null, "test", null, null, List.of(),
                List.of(), List.of(), Instant.now()));

        // typos off: with few hits, "Kông" would also match "không", one edit away, below this article
        given().queryParam("q", "Mê Kông").queryParam("typos", "0").get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits.id", containsInAnyOrder("test-mekong-flood"))
                .body("hits.title", hasItem("Lũ sông Mê Kông"));
    }

    @Test
    void rejectsOutOfRangePagingWithProblem400NamingTheParameter() {
        given().queryParam("q", "ASEAN").queryParam("size", 1000).get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalid-params.name", containsInAnyOrder("size"));
    }
}
