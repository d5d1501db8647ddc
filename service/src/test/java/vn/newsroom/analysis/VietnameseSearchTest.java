package vn.newsroom.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleRepository;

/** What Vietnamese readers notice through the search API: marks, tone placement, hyphens, words of two syllables. */
@QuarkusTest
class VietnameseSearchTest {

    private static final String[] SEEDS = {"000_581e052d869af158", "001_e8e140a97c513190", "002_927cfe96377052b6",
        "003_32b0507e24acf0b2", "004_f88c199e214c2830"};

    @Inject
    ArticleRepository repository;

    @Test
    void findsEverySeedWithoutDiacritics() {
        given().queryParam("q", "bo truong ngoai giao").queryParam("size", 100).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", org.hamcrest.Matchers.hasItems(SEEDS));
    }

    @Test
    void bothTonePlacementsAndNoMarksFindTheSameArticles() {
        Set<String> newStyle = ids("hoà bình");
        assertFalse(newStyle.isEmpty(), "the seeds speak of hoà bình");
        assertEquals(newStyle, ids("hòa bình"));
        assertEquals(newStyle, ids("hoa binh"));
    }

    @Test
    void hyphenatedNameMatchesTheSpacedName() {
        Set<String> hyphenated = ids("Timor-Leste");
        assertFalse(hyphenated.isEmpty(), "the seeds speak of Timor-Leste");
        assertEquals(hyphenated, ids("Timor Leste"));
    }

    @Test
    void articleWithTheSyllablesAdjacentOutranksOneWithThemApart() throws Exception {
        repository.save(article("test-adjacent", "Đàn cá heo xuất hiện gần bờ biển Nha Trang sáng nay"));
        repository.save(article("test-apart", "Con cá lớn bơi gần bờ, còn con heo chạy trên biển cát"));

        List<String> ranked = given().queryParam("q", "cá heo").queryParam("size", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id", String.class);

        assertTrue(ranked.contains("test-apart"), "both articles match the syllables");
        assertTrue(ranked.indexOf("test-adjacent") < ranked.indexOf("test-apart"), () -> "ranking was " + ranked);
    }

    @Test
    void decomposedQueryFindsComposedText() {
        String decomposed = java.text.Normalizer.normalize("Phnom Penh Hội nghị Cấp cao", java.text.Normalizer.Form.NFD);
        given().queryParam("q", decomposed).queryParam("size", 100).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", org.hamcrest.Matchers.hasItem("001_e8e140a97c513190"));
    }

    private static Set<String> ids(String q) {
        return Set.copyOf(given().queryParam("q", q).queryParam("size", 100).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("hits.id", String.class));
    }

    private static Article article(String id, String text) {
        return new Article(id, null, text, text, List.of(), List.of(), null, "test-analysis", null, null, List.of(),
                List.of(), List.of(), Instant.now());
    }
}
