package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLanguageTest {

    private static final String MYANMAR_SEED = "002_927cfe96377052b6";
    private final String source = TestArticles.uniqueSource("query");

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(
                TestArticles.article(source + "-laos", source, "Thủ đô Viêng Chăn", "Người dân Lào đón năm mới.",
                        "2021-04", List.of(), List.of()),
                TestArticles.article(source + "-labour", source, "Thị trường việc làm", "Xuất khẩu lao động tăng mạnh.",
                        "2022", List.of(), List.of()),
                TestArticles.article(source + "-rice", source, "Giá lúa gạo", "Nông dân bán lúa gạo được giá.",
                        "2020-05-02", List.of(), List.of()),
                TestArticles.article(source + "-undated", source, "Lúa mùa", "Nông dân thu hoạch lúa mùa.",
                        null, List.of(), List.of()));
    }

    @Test
    void quotedPhraseWithExclusionDropsEveryArticleMentioningMyanmar() {
        given().queryParam("q", "\"Hội nghị Cấp cao\" -Myanmar").queryParam("source", "seed")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("hits.id", not(hasItem(MYANMAR_SEED)));
        // the same phrase without the exclusion does find it
        given().queryParam("q", "\"Hội nghị Cấp cao\"").queryParam("source", "seed")
                .get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItem(MYANMAR_SEED));
    }

    @Test
    void wordsMatchWithOrWithoutMarksAndAllOfThemFirst() {
        given().queryParam("q", "nong dan lua gao").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("hits.id", contains(source + "-rice", source + "-undated"));
        given().queryParam("q", "nong dan lua gao").queryParam("match", "all").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200).body("hits.id", contains(source + "-rice"));
    }

    @Test
    void aPastedTextLongerThanThirtyTwoWordsIsSearchedByItsBeginning() {
        String tail = " ngoài".repeat(40);
        given().queryParam("q", "nong dan lua gao" + tail).queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.q", equalTo("nong dan lua gao" + " ngoài".repeat(28)))
                .body("hits.id", hasItem(source + "-rice"));
    }

    @Test
    void orBetweenWordsMakesEitherEnough() {
        given().queryParam("q", "gạo OR mùa").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder(source + "-rice", source + "-undated"));
        // lower-case "or" is an ordinary word, which no article has
        given().queryParam("q", "gạo or mùa").queryParam("match", "all").queryParam("source", source)
                .get("/api/v1/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void excludingAWordWithMarksKeepsItsOtherSpellingsWhileWithoutMarksDropsThemAll() {
        given().queryParam("q", "-Lào").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-labour", source + "-rice", source + "-undated"));
        given().queryParam("q", "-lao").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", containsInAnyOrder(source + "-rice", source + "-undated"));
    }

    @Test
    void unbalancedQuotesAndStraySymbolsStillSearch() {
        given().queryParam("q", "\"lúa gạo").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("hits.id", contains(source + "-rice"));
        given().queryParam("q", "(( lúa OR ]] -").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("hits.id", containsInAnyOrder(source + "-rice", source + "-undated"));
    }

    @Test
    void emptyQueryListsEveryArticleNewestFirstAndUndatedLast() {
        given().queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("applied.sort", equalTo("newest"))
                .body("hits.id", contains(source + "-labour", source + "-laos", source + "-rice", source + "-undated"));
    }

    @Test
    void oldestFirstStillPutsUndatedLast() {
        given().queryParam("source", source).queryParam("sort", "oldest").get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains(source + "-rice", source + "-laos", source + "-labour", source + "-undated"));
    }

    @Test
    void unknownSortIsAProblemNamingTheParameter() {
        given().queryParam("sort", "random").get("/api/v1/search")
                .then().statusCode(400).body("invalid-params.name", containsInAnyOrder("sort"));
    }
}
