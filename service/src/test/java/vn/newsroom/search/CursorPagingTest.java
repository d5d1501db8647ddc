package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.article.Article;
import vn.newsroom.support.CursorWalk;
import vn.newsroom.support.TestArticles;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CursorPagingTest {

    private static final int ARTICLES = 11;
    private final String source = TestArticles.uniqueSource("cursor");

    @Inject
    TestArticles articles;

    /** Some share a date and some have none, so a date order needs its id tie-breaker; some share a score too. */
    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(IntStream.range(0, ARTICLES)
                .mapToObj(i -> TestArticles.article(source + "-" + i, source, "Bản tin thời tiết số " + i,
                        "Dự báo mưa rào " + "và dông ".repeat(i % 3), i % 4 == 0 ? null : "2024-0" + (1 + i % 3),
                        List.of(), List.of()))
                .toArray(Article[]::new));
    }

    @Test
    void followingCursorsVisitsEveryArticleExactlyOnce() {
        for (Map<String, String> query : List.<Map<String, String>>of(Map.of(), Map.of("q", "du bao mua"),
                Map.of("sort", "oldest"))) {
            List<String> visited = visitAll(query);
            assertEquals(ARTICLES, visited.size(), () -> "pages of " + query + ": " + visited);
            assertEquals(ARTICLES, new HashSet<>(visited).size(), () -> "duplicates in " + query + ": " + visited);
        }
    }

    private List<String> visitAll(Map<String, String> query) {
        return CursorWalk.ids(cursor -> {
            var request = given().queryParams(query).queryParam("source", source).queryParam("size", 3)
                    .queryParam("facets", "none");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            return request.get("/api/v1/search").then().statusCode(200).extract().jsonPath();
        }, null, ARTICLES);
    }

    @Test
    void lastPageHasNoNextCursor() {
        given().queryParam("source", source).queryParam("size", ARTICLES).get("/api/v1/search")
                .then().statusCode(200).body("hits.size()", equalTo(ARTICLES)).body("nextCursor", nullValue());
    }

    @Test
    void malformedCursorIsAProblemNamingCursor() {
        for (String cursor : List.of("abc", "%%%", "eyJ9", "bnVsbA", "W10")) {
            given().queryParam("cursor", cursor).get("/api/v1/search")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("invalid-params.name", containsInAnyOrder("cursor"));
        }
    }

    @Test
    void cursorOfAnotherQueryIsRejected() {
        String cursor = given().queryParam("source", source).queryParam("size", 2).get("/api/v1/search")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("source", source).queryParam("q", "mua").queryParam("cursor", cursor).get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("cursor"));
    }

    @Test
    void pageCannotBeCombinedWithCursorNorGoBeyondTheWindow() {
        String cursor = given().queryParam("source", source).queryParam("size", 2).get("/api/v1/search")
                .then().statusCode(200).extract().path("nextCursor");
        given().queryParam("source", source).queryParam("size", 2).queryParam("page", 2).queryParam("cursor", cursor)
                .get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("page"));
        given().queryParam("page", 101).queryParam("size", 100).get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("page"));
        given().queryParam("page", "two").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("page"));
    }
}
