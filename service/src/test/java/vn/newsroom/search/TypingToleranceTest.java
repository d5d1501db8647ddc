package vn.newsroom.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

/** Queries typed the way people type: input-method leftovers (Telex, VNI) and one slip of the finger. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypingToleranceTest {

    private final String source = TestArticles.uniqueSource("typing");
    private final String vietnam = source + "-vietnam";
    private final String hanoi = source + "-hanoi";
    private final String myanmar = source + "-myanmar";
    private final String myanma = source + "-myanma";
    private final String huawei = source + "-huawei";

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(
                TestArticles.article(vietnam, source, "Kinh tế Việt Nam tăng trưởng",
                        "Việt Nam xuất khẩu cà phê sang châu Âu.", "2024", List.of(), List.of()),
                TestArticles.article(hanoi, source, "Mưa lớn ở Hà Nội", "Hà Nội ngập sau cơn mưa lớn.", "2024",
                        List.of(), List.of()),
                TestArticles.article(myanmar, source, "Bầu cử ở Myanmar", "Myanmar tổ chức bầu cử.", "2024",
                        List.of(), List.of()),
                TestArticles.article(myanma, source, "Biên giới", "Tin từ Myanma và Thái Lan.", "2024", List.of(),
                        List.of()),
                TestArticles.article(huawei, source, "Điện thoại", "Huawei ra mắt điện thoại mới.", "2024", List.of(),
                        List.of()));
    }

    @Test
    void telexTypedWithoutConversionFindsTheMarkedWordsAndHighlightsThem() {
        given().queryParam("q", "Vieetj Nam").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits[0].id", equalTo(vietnam))
                .body("hits[0].titleHighlighted", containsString("<mark>Việt"));
    }

    @Test
    void vniTypedWithoutConversionFindsTheMarkedWords() {
        given().queryParam("q", "Vie6t5 Nam").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits[0].id", equalTo(vietnam));
    }

    @Test
    void namesThatLookLikeTelexStayAsTyped() {
        given().queryParam("q", "Huawei").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains(huawei));
    }

    @Test
    void oneSlipInALongWordStillFindsTheArticle() {
        given().queryParam("q", "ha nooi").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits[0].id", equalTo(hanoi));
        given().queryParam("q", "Myanmr").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItem(myanmar));
    }

    @Test
    void correctedMatchesRankBelowExactOnes() {
        given().queryParam("q", "Myanmar").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", contains(myanmar, myanma));
    }

    @Test
    void typosZeroTurnsCorrectionsOff() {
        given().queryParam("q", "Myanmr").queryParam("typos", "0").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().contentType(ContentType.JSON)
                .body("{\"q\": \"Myanmr\", \"typos\": 0, \"filters\": {\"source\": [\"" + source + "\"]}}")
                .post("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().contentType(ContentType.JSON)
                .body("{\"q\": \"Myanmr\", \"typos\": 1, \"filters\": {\"source\": [\"" + source + "\"]}}")
                .post("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItem(myanmar));
    }

    @Test
    void phrasesAndExclusionsAreNeverCorrected() {
        given().queryParam("q", "\"Myanmr\"").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "bầu cử -Myanmr").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", hasItem(myanmar));
    }

    @Test
    void theFirstLetterIsNeverCorrected() {
        given().queryParam("q", "Nyanmar").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200)
                .body("hits.id", not(hasItem(myanmar)));
    }

    @Test
    void didYouMeanProposesTheMarkedSpellingTheArticlesUse() {
        given().queryParam("q", "ha nooi").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("didYouMean", equalTo("Hà Nội"));
        given().queryParam("q", "Vieetj Nam").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("didYouMean", equalTo("Việt Nam"));
        given().queryParam("q", "Myanmr").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("didYouMean", equalTo("Myanmar"));
    }

    @Test
    void didYouMeanStaysSilentForWordsTheArticlesUse() {
        given().queryParam("q", "Huawei").queryParam("source", source).get("/api/v1/search")
                .then().statusCode(200).body("didYouMean", nullValue());
    }

    @Test
    void anInvalidTyposValueIsAProblemNamingTheParameter() {
        given().queryParam("q", "Myanmr").queryParam("typos", "2").get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalid-params.name", contains("typos"));
    }
}
