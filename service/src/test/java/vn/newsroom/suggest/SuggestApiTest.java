package vn.newsroom.suggest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.newsroom.support.TestArticles;

@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestApiTest {

    private final String source = TestArticles.uniqueSource("suggest");
    private final String visit = source + "-visit";

    @Inject
    TestArticles articles;

    @BeforeAll
    void indexArticles() throws Exception {
        articles.saveAll(TestArticles.article(visit, source, "Thủ tướng Nguyễn Xuân Phúc thăm Lào",
                "Chuyến thăm Lào của Thủ tướng.", "2024", List.of(), List.of()));
    }

    @Test
    void unmarkedAndTelexPrefixesCompleteTheMarkedTitle() {
        for (String typed : List.of("nguyen xu", "nguyeen xu", "nguyeenx xuaan ph", "Nguyễn Xuân P")) {
            given().queryParam("q", typed).get("/api/v1/suggest")
                    .then().statusCode(200)
                    .body("titles.id", hasItem(visit));
        }
    }

    @Test
    void typedWordsMustStandTogetherAndInOrder() {
        given().queryParam("q", "xuan nguyen").get("/api/v1/suggest")
                .then().statusCode(200).body("titles.id", not(hasItem(visit)));
        given().queryParam("q", "nguyen phu").get("/api/v1/suggest")
                .then().statusCode(200).body("titles.id", not(hasItem(visit)));
    }

    @Test
    void unmarkedPrefixSuggestsTheCountry() {
        given().queryParam("q", "viet").get("/api/v1/suggest")
                .then().statusCode(200)
                .body("entities[0].kind", equalTo("country"))
                .body("entities[0].value", equalTo("VN"))
                .body("entities[0].label", equalTo("Việt Nam"));
    }

    @Test
    void aliasesAndTopicsAreSuggestedToo() {
        given().queryParam("q", "dong timo").get("/api/v1/suggest")
                .then().statusCode(200).body("entities.value", hasItem("TL"));
        given().queryParam("q", "Biển Đ").get("/api/v1/suggest")
                .then().statusCode(200).body("entities.value", hasItem("south-china-sea"));
    }

    @Test
    void titlesCompleteTheLastWordWithoutMarks() {
        given().queryParam("q", "hop tac asea").get("/api/v1/suggest")
                .then().statusCode(200)
                .body("titles.id", hasItem("002_927cfe96377052b6"))
                .body("titles.find { it.id == '002_927cfe96377052b6' }.title",
                        equalTo("Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng"));
    }

    @Test
    void emptyInputSuggestsNothing() {
        given().queryParam("q", "  ").get("/api/v1/suggest")
                .then().statusCode(200).body("entities", empty()).body("titles", empty());
    }

    @Test
    void tooLongInputIsAProblem() {
        given().queryParam("q", "a".repeat(201)).get("/api/v1/suggest")
                .then().statusCode(400).body("invalid-params.name", contains("q"));
    }
}
