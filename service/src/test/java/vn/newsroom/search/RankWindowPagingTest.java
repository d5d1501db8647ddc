package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
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

/**
 * Relevance pages through and past the rescore window and the result window, both made small here: a cursor moves
 * from offsets (the reordered window) to sort values (first-pass scores) without losing an article.
 */
@QuarkusTest
@TestProfile(RankWindowPagingTest.SmallWindows.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankWindowPagingTest {

    private static final int ARTICLES = 11;
    private static final int SIZE = 3;
    private final String source = TestArticles.uniqueSource("rank-window");

    public static class SmallWindows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("news.search.rank-window", "2", "news.search.max-result-window", "6");
        }
    }

    @Inject
    TestArticles articles;

    /** Three bodies, so that articles share scores, the signals telling some of them apart. */
    @BeforeAll
    void indexArticles() throws Exception {
        List<String> bodies = List.of("Dự báo mưa rào", "Dự báo mưa, chiều tối có rào", "Trời nắng, đêm có mưa rào");
        articles.saveAll(IntStream.range(0, ARTICLES)
                .mapToObj(i -> TestArticles.article(source + "-" + i, source, "Bản tin thời tiết số " + i,
                        bodies.get(i % 3), "2024-0" + (1 + i % 3), List.of(), List.of()))
                .toArray(Article[]::new));
    }

    @Test
    void cursorsVisitEveryArticleOnceThroughAndPastBothWindows() {
        List<String> visited = visit(null);

        assertEquals(ARTICLES, visited.size(), () -> "pages: " + visited);
        assertEquals(ARTICLES, new HashSet<>(visited).size(), () -> "duplicates: " + visited);
    }

    @Test
    void aCursorFromANumberedPageContinuesItExactly() {
        List<String> firstPage = page(Map.of()).getList("hits.id");
        JsonPath second = page(Map.of("page", "2"));
        List<String> visited = new ArrayList<>(second.getList("hits.id"));
        visited.addAll(visit(second.getString("nextCursor")));

        List<String> all = new ArrayList<>(firstPage);
        all.addAll(visited);
        assertEquals(ARTICLES, all.size(), () -> "first page " + firstPage + ", then " + visited);
        assertEquals(ARTICLES, new HashSet<>(all).size(), () -> "duplicates: first page " + firstPage + ", then " + visited);
    }

    private List<String> visit(String cursor) {
        return CursorWalk.ids(next -> page(next == null ? Map.of() : Map.of("cursor", next)), cursor, 2 * ARTICLES);
    }

    private JsonPath page(Map<String, String> parameters) {
        return given().queryParams(parameters).queryParam("q", "mua rao").queryParam("source", source)
                .queryParam("size", SIZE).queryParam("facets", "none")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }
}
