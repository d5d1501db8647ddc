package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.marks.MarkRestoration;
import vn.newsroom.support.TestArticles;

/**
 * A query typed without marks prefers the spelling the articles use most: {@code ban do} is far more often "bản đồ"
 * (a map) than "bàn đổ" (a table falls). The two articles differ only in those marks, so without marks they tie, and a
 * tie would put the table first (ids in order).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnmarkedQueryTest {

    private final String source = TestArticles.uniqueSource("unmarked");
    private final String table = source + "-a-table";
    private final String map = source + "-b-map";

    @Inject
    TestArticles articles;

    @Inject
    MarkRestoration restoration;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(
                TestArticles.article(table, source, "Bàn đổ giữa sân trường", "Chiếc bàn đổ giữa sân trường hôm qua.",
                        "2024", List.of(), List.of()),
                TestArticles.article(map, source, "Bản đồ giữa sân trường", "Chiếc bản đồ giữa sân trường hôm qua.",
                        "2024", List.of(), List.of()),
                TestArticles.article(source + "-atlas", "atlas-" + source, "Bản đồ số",
                        "Bản đồ số thay bản đồ giấy. Bản đồ cũ, bản đồ treo tường và bản đồ học sinh vẫn được giữ; "
                                + "người vẽ bản đồ nói bản đồ giấy bền hơn bản đồ số.", "2024", List.of(), List.of()));
        // the spelling is learned on a schedule (every second in tests), from the articles as they are
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!restoration.restore("ban do").equals("bản đồ") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @Test
    void anUnmarkedQueryRanksTheUsualSpellingFirst() {
        assertEquals("bản đồ", restoration.restore("ban do"));
        List<String> ids = given().queryParam("q", "ban do").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItems(map, table))
                .extract().jsonPath().getList("hits.id", String.class);
        assertEquals(map, ids.getFirst());
    }

    @Test
    void theUnusualSpellingTypedWithItsMarksStillRanksFirst() {
        List<String> ids = given().queryParam("q", "bàn đổ").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .extract().jsonPath().getList("hits.id", String.class);
        assertEquals(table, ids.getFirst(), "hits: " + ids);
    }
}
