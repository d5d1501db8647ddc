package vn.newsroom.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.newsroom.article.Article;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.support.TestArticles;

@QuarkusTest
class DocumentsApiTest {

    private static final String FLOOD = """
            Lũ lớn ở miền Trung

            Ngày 12/10/2023, mưa lớn kéo dài khiến nhiều xã ở Quảng Bình bị ngập sâu.

            Người dân được sơ tán đến nơi an toàn. Ảnh: TTXVN

            Có thể bạn quan tâm
            Một bài báo khác về thời tiết.
            """;

    @Inject
    ElasticsearchClient client;
    @Inject
    IndexConfig index;
    @TestHTTPResource("/api/v1/documents")
    URI documents;

    /** Unique per test: the source of the JSON articles it writes and the prefix of their ids. */
    private final String tag = "dt" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void deleteWhatTheTestWrote() throws Exception {
        TestArticles.deleteBySource(client, index.alias(), tag);
    }

    @Test
    void returnsSeedArticleById() {
        given().get("/api/v1/documents/001_e8e140a97c513190")
                .then().statusCode(200)
                .body("id", equalTo("001_e8e140a97c513190"))
                .body("sourceFile", equalTo("001_e8e140a97c513190.txt"))
                .body("body", containsString("các Bộ trưởng Ngoại giao ASEAN đã nhóm họp tại Phnom Penh"))
                .body("body", not(containsString("date 2022-11")))
                .body("published.value", equalTo("2022-11"))
                .body("published.precision", equalTo("MONTH"))
                .body("countries.code", hasItem("KH"))
                .body("countries.find { it.code == 'KH' }.name", equalTo("Campuchia"))
                .body("topics.id", hasItem("summits-meetings"));
    }

    @Test
    void answersUnknownIdWithProblem404() {
        given().get("/api/v1/documents/no-such-article")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Article not found"))
                .body("detail", containsString("no-such-article"))
                .body("instance", equalTo("/api/v1/documents/no-such-article"));
    }

    @Test
    void postedRawTextIsParsedEnrichedAndStoredUnderAnIdFromItsContent() {
        String id = given().contentType("text/plain; charset=UTF-8").body(FLOOD).post("/api/v1/documents")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/documents/[0-9a-f]{20}"))
                .body("title", equalTo("Lũ lớn ở miền Trung"))
                .body("published.value", equalTo("2023-10-12"))
                .body("captions", contains("Người dân được sơ tán đến nơi an toàn."))
                .body("credits", contains("TTXVN"))
                .body("body", not(containsString("Có thể bạn quan tâm")))
                .body("countries", empty())
                .extract().path("id");
        try {
            given().get("/api/v1/documents/" + id).then().statusCode(200).body("title", equalTo("Lũ lớn ở miền Trung"));
            given().queryParam("q", "Quảng Bình ngập sâu").get("/api/v1/search").then().body("hits.id", hasItem(id));
        } finally {
            given().delete("/api/v1/documents/" + id).then().statusCode(204);
        }
    }

    @Test
    void postingTheSameTextTwiceReplacesInsteadOfAddingACopy() throws Exception {
        String first = given().contentType("text/plain").body(FLOOD).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        try {
            long count = count();
            given().contentType("text/plain").body(FLOOD).post("/api/v1/documents")
                    .then().statusCode(200)
                    .header("Location", endsWith("/api/v1/documents/" + first))
                    .body("id", equalTo(first));
            assertEquals(count, count());
        } finally {
            given().delete("/api/v1/documents/" + first).then().statusCode(204);
        }
    }

    @Test
    void postedJsonKeepsItsFieldsAndDerivesCountriesAndTopics() {
        given().contentType("application/json").body(Map.of(
                        "id", tag + "-laos",
                        "title", "Lào đăng cai hội nghị",
                        "body", "Lào đăng cai Hội nghị Bộ trưởng Ngoại giao tại Viêng Chăn. Hội nghị thông qua tuyên bố chung.",
                        "publishedAt", "2024-01",
                        "source", tag,
                        "url", "https://example.org/lao-dang-cai"))
                .post("/api/v1/documents")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + tag + "-laos"))
                .body("id", equalTo(tag + "-laos"))
                .body("title", equalTo("Lào đăng cai hội nghị"))
                .body("lead", startsWith("Lào đăng cai Hội nghị"))
                .body("published.value", equalTo("2024-01"))
                .body("published.precision", equalTo("MONTH"))
                .body("source", equalTo(tag))
                .body("url", equalTo("https://example.org/lao-dang-cai"))
                .body("countries[0].code", equalTo("LA"))
                .body("countries[0].name", equalTo("Lào"))
                .body("topics.id", hasItem("summits-meetings"));
    }

    @Test
    void givenCountriesAndTopicsReplaceTheOnesFoundInTheText() {
        given().contentType("application/json").body(Map.of(
                        "id", tag + "-given",
                        "body", "Lào đăng cai Hội nghị Bộ trưởng Ngoại giao tại Viêng Chăn.",
                        "source", tag,
                        "countries", List.of("th", "LA"),
                        "topics", List.of("south-china-sea")))
                .put("/api/v1/documents/" + tag + "-given")
                .then().statusCode(201)
                .body("countries.code", contains("TH", "LA"))
                .body("countries.name", contains("Thái Lan", "Lào"))
                .body("countries.mentions", contains(0, 2))
                .body("topics.id", contains("south-china-sea"))
                .body("topics.label", contains("Biển Đông"));
    }

    @Test
    void refusesUnknownCountriesTopicsAndMalformedDatesNamingEachFieldAndStoresNothing() {
        given().contentType("application/json").body(Map.of(
                        "id", tag + "-bad",
                        "body", "Một bài báo.",
                        "publishedAt", "2022-13",
                        "countries", List.of("ZZ"),
                        "topics", List.of("no-such-topic")))
                .post("/api/v1/documents")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalid-params.name", contains("countries", "publishedAt", "topics"))
                .body("'invalid-params'.find { it.name == 'publishedAt' }.reason", containsString("YYYY-MM"));

        given().get("/api/v1/documents/" + tag + "-bad").then().statusCode(404);
    }

    @Test
    void refusesMissingBodyUnknownFieldsAndInvalidIds() {
        given().contentType("application/json").body(Map.of("title", "Chỉ có tiêu đề")).post("/api/v1/documents")
                .then().statusCode(400).body("invalid-params.name", contains("body"));
        given().contentType("application/json").body(Map.of("body", "Nội dung.", "publishedDate", "2022"))
                .post("/api/v1/documents")
                .then().statusCode(400).body("invalid-params.name", contains("publishedDate"));
        given().contentType("application/json").body(Map.of("body", "Nội dung.", "countries", Map.of("code", "VN")))
                .post("/api/v1/documents")
                .then().statusCode(400).body("invalid-params.name", contains("countries"));
        given().contentType("text/plain").body("Nội dung.").put("/api/v1/documents/has space")
                .then().statusCode(400).body("invalid-params.name", contains("id"));
        given().contentType("application/json").body("{\"body\": ").post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("Malformed JSON"));
    }

    @Test
    void refusesEmptyBodiesWrongContentTypesAndOversizedInputWithProblems() {
        given().contentType("text/plain").body(new byte[0]).post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("   \n ").post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/xml").body("<article/>").post("/api/v1/documents")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
        given().contentType("text/plain").body("Tin ngắn. ".repeat(10_001)).post("/api/v1/documents")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalid-params.name", contains("text"));
        given().contentType("text/plain").body("Tin dài. ".repeat(120_000).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void refusesABodyWithoutContentTypeWith415() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(documents).POST(HttpRequest.BodyPublishers.ofString("Tin không rõ kiểu.")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void putCreatesThenReplacesAndDeleteRemoves() {
        String path = "/api/v1/documents/" + tag + "-put";
        given().contentType("application/json").body(Map.of("body", "Bản đầu tiên.", "source", tag)).put(path)
                .then().statusCode(201).header("Location", endsWith(path));
        given().contentType("application/json").body(Map.of("body", "Bản sửa lại.", "source", tag)).put(path)
                .then().statusCode(200).body("body", equalTo("Bản sửa lại."));
        given().get(path).then().statusCode(200).body("body", equalTo("Bản sửa lại.")).body("title", nullValue());

        given().delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        given().delete(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void putRefusesAJsonIdOtherThanThePathsId() {
        given().contentType("application/json").body(Map.of("id", tag + "-other", "body", "Nội dung."))
                .put("/api/v1/documents/" + tag + "-path")
                .then().statusCode(400).body("invalid-params.name", contains("id"));
    }

    @Test
    void writesNeedNoKeyWhenNoneIsConfigured() {
        given().contentType("application/json").body(Map.of("body", "Không cần khoá.", "source", tag))
                .put("/api/v1/documents/" + tag + "-open")
                .then().statusCode(201);
    }

    private long count() throws Exception {
        return client.count(count -> count.index(index.alias())).count();
    }
}
