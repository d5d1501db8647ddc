package vn.newsroom.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.ingest.Seeds;

/** What a reader of each seed sees through GET /api/v1/documents/{id}, and that ingesting them again changes nothing. */
@QuarkusTest
class SeedDocumentsTest {

    @Inject
    TopicTaxonomy taxonomy;
    @Inject
    ElasticsearchClient client;
    @Inject
    IndexConfig index;

    /**
     * Per seed: its id, the title (null: the seed has none), the published value (null: none), a caption, text that
     * must not be in the body (a teaser, a caption or a reader prompt), and the main country.
     */
    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_581e052d869af158", null, null,
                        "Các đại biểu tại Hội nghị Bộ trưởng Ngoại giao ASEAN.", "Ảnh: Viên Luyến", "TL"),
                Arguments.of("001_e8e140a97c513190", null, "2022-11",
                        "Đoàn Việt Nam do Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu tham dự các hội nghị.", "Ảnh: AKP", "KH"),
                Arguments.of("002_927cfe96377052b6",
                        "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng", null,
                        "Các đại biểu tham dự Hội nghị chụp ảnh lưu niệm.", "Có thể bạn quan tâm", "LA"),
                Arguments.of("003_32b0507e24acf0b2", null, null,
                        "Tổng thư ký ASEAN, Tiến sĩ Kao Kim Hourn (bên trái) gặp Bộ trưởng Ngoại giao Malaysia Datuk Seri"
                                + " Mohamad Hasan.", "Mời bạn đọc", "MY"),
                Arguments.of("004_f88c199e214c2830", null, "2020-10",
                        "Trưởng SOM các nước thành viên ASEAN và Phó Tổng Thư ký ASEAN tại hội nghị.", "Ảnh BNG", "VN"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void showsTitleDateTextCaptionsCountriesAndTopics(String id, String title, String published, String caption,
            String notInBody, String mainCountry) {
        JsonPath article = given().get("/api/v1/documents/" + id)
                .then().statusCode(200)
                .body("title", equalTo(title))
                .body("published.value", equalTo(published))
                .body("captions", hasItem(caption))
                .body("body", not(containsString(caption)))
                .body("body", not(containsString(notInBody)))
                .body("countries[0].code", equalTo(mainCountry))
                .body("countries.code", everyItem(matchesPattern("[A-Z]{2}")))
                .body("countries.name", everyItem(notNullValue()))
                .body("topics.id", hasItem("summits-meetings"))
                .extract().jsonPath();

        List<Map<String, Object>> topics = article.getList("topics");
        topics.forEach(topic -> assertEquals(taxonomy.labelOf((String) topic.get("id")), topic.get("label")));
    }

    @Test
    void seed001CoversTheWholeMonthAndNamesItsCountriesInVietnamese() {
        given().get("/api/v1/documents/001_e8e140a97c513190")
                .then().body("published.from", equalTo("2022-11-01"))
                .body("published.to", equalTo("2022-11-30"))
                .body("countries.name", hasItems("Campuchia", "Việt Nam"));
    }

    @Test
    void ingestingTheSeedFolderTwiceChangesNothing() throws Exception {
        List<String> ids = new ArrayList<>();
        try {
            List<JsonPath> first = postAllSeeds(201, ids);
            long stored = articleCount();

            List<JsonPath> second = postAllSeeds(200, new ArrayList<>());

            assertEquals(stored, articleCount());
            for (int i = 0; i < first.size(); i++) {
                assertEquals(withoutIndexedAt(first.get(i)), withoutIndexedAt(second.get(i)));
            }
        } finally {
            ids.forEach(id -> given().delete("/api/v1/documents/" + id));
        }
    }

    private long articleCount() throws Exception {
        return client.count(count -> count.index(index.alias())).count();
    }

    private static List<JsonPath> postAllSeeds(int expectedStatus, List<String> ids) {
        List<JsonPath> stored = new ArrayList<>();
        for (String number : List.of("000", "001", "002", "003", "004")) {
            JsonPath article = given().contentType("text/plain").body(Seeds.raw(number)).post("/api/v1/documents")
                    .then().statusCode(expectedStatus).extract().jsonPath();
            ids.add(article.getString("id"));
            stored.add(article);
        }
        return stored;
    }

    private static Map<String, Object> withoutIndexedAt(JsonPath article) {
        Map<String, Object> fields = new HashMap<>(article.getMap(""));
        fields.remove("indexedAt");
        return fields;
    }
}
