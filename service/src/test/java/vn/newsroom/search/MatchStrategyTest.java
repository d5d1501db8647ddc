package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

/** How many typed words an article needs ({@code match}), as a caller sees it in the hits and their order. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchStrategyTest {

    private final String source = TestArticles.uniqueSource("match");
    private final String allThree = source + "-all-three";
    private final String noRice = source + "-no-rice";
    private final String noCambodia = source + "-no-cambodia";
    private final String none = source + "-none";
    private final String scareQuoted = source + "-scare-quoted";

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(
                TestArticles.article(allThree, source, "Xuất khẩu nông sản", "Campuchia xuất khẩu lúa gạo sang châu Âu.",
                        "2024", List.of(), List.of()),
                // two of the three words
                TestArticles.article(noRice, source, "Nông sản", "Gạo thơm Campuchia được mùa.", "2024", List.of(),
                        List.of()),
                TestArticles.article(noCambodia, source, "Thị trường", "Thái Lan bán lúa gạo.", "2024", List.of(),
                        List.of()),
                TestArticles.article(none, source, "Nông nghiệp", "Nông dân thu hoạch cà phê.", "2024", List.of(),
                        List.of()),
                TestArticles.article(scareQuoted, source, "Chợ quê", "Giá thịt heo \"khủng\" dịp Tết.", "2024", List.of(),
                        List.of()));
    }

    @Test
    void anArticleMissingOneOfThreeWordsIsStillFoundBelowTheOneWithAllThree() {
        given().queryParam("q", "lua gao campuchia").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("most"))
                .body("hits[0].id", equalTo(allThree))
                .body("hits.id", containsInAnyOrder(allThree, noRice, noCambodia));
    }

    @Test
    void quotesInAPastedHeadlineArePunctuationInsteadOfAPhraseNoArticleHas() {
        // eight words: a headline pasted with its scare quotes finds the article that never uses the quoted word
        given().queryParam("q", "Campuchia xuất khẩu lúa gạo \"khủng\" sang châu Âu").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("most"))
                .body("hits[0].id", equalTo(allThree));
        // typed short, quotes are a phrase: no article has "khủng long", so most words find nothing and any word
        // answers (read as text, khủng and giá would have been most of the words)
        given().queryParam("q", "\"khủng long\" giá").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("any"))
                .body("hits.id", hasItem(scareQuoted));
    }

    @Test
    void matchAllKeepsEveryWordRequired() {
        given().queryParam("q", "lua gao campuchia").queryParam("match", "all").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("all"))
                .body("hits.id", contains(allThree));
    }

    @Test
    void aWordNoArticleHasDoesNotEmptyTheResult() {
        given().queryParam("q", "xyzzy lúa gạo").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("most"))
                .body("hits.id", containsInAnyOrder(allThree, noCambodia));
        given().queryParam("q", "xyzzy lúa gạo").queryParam("match", "all").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void whenNoArticleHasMostOfTheWordsAnyOfThemIsEnough() {
        given().queryParam("q", "xyzzy qwertz cà").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("any"))
                .body("hits.id", contains(none));
    }

    @Test
    void aPhraseNoArticleHasDoesNotEmptyTheResultEither() {
        given().queryParam("q", "\"thóc lúa\" campuchia").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.match", equalTo("any"))
                .body("hits[0].id", equalTo(allThree))
                .body("hits.id", hasItems(allThree, noRice, noCambodia));
    }

    @Test
    void matchAnyFindsArticlesWithOneWord() {
        given().queryParam("q", "campuchia thái").queryParam("match", "any").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(allThree, noRice, noCambodia));
    }

    @Test
    void phrasesStayStrictWhateverTheStrategy() {
        given().queryParam("q", "\"lúa gạo\" campuchia thái").queryParam("match", "any").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(allThree, noCambodia))
                .body("hits.id", not(hasItem(noRice)));
    }

    @Test
    void thePostBodyTakesTheSameStrategy() {
        given().contentType(ContentType.JSON)
                .body("{\"q\": \"lua gao campuchia\", \"match\": \"all\", \"filters\": {\"source\": [\"" + source + "\"]}}")
                .post("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains(allThree));
        given().contentType(ContentType.JSON)
                .body("{\"q\": \"lua gao campuchia\", \"filters\": {\"source\": [\"" + source + "\"]}}")
                .post("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItems(allThree, noRice, noCambodia));
    }

    @Test
    void anUnknownStrategyIsAProblemNamingTheParameter() {
        given().queryParam("q", "gạo").queryParam("match", "some").get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalid-params.name", contains("match"));
    }
}
