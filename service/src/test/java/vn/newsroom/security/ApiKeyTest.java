package vn.newsroom.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiKeyTest.WithApiKey.class)
class ApiKeyTest {

    // a constant: the profile and the test run in different class loaders, so a random key would differ between them
    private static final String KEY = "test-key-7f3c9a";

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("news.security.api-key", KEY);
        }
    }

    private final String id = "ak" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void writesWithoutTheKeyAreRefusedWith401AndChangeNothing() {
        given().contentType("text/plain").body("Bài không có khoá.").put("/api/v1/documents/" + id)
                .then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("detail", containsString("X-API-Key"));
        given().contentType("text/plain").body("Bài không có khoá.").post("/api/v1/documents").then().statusCode(401);
        given().contentType("application/x-ndjson").body("{\"body\": \"x\"}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/documents/bulk").then().statusCode(401);
        given().delete("/api/v1/documents/001_e8e140a97c513190").then().statusCode(401);
        given().post("/api/v1/admin/reindex").then().statusCode(401);

        given().get("/api/v1/documents/" + id).then().statusCode(404);
        given().get("/api/v1/documents/001_e8e140a97c513190").then().statusCode(200);
    }

    @Test
    void aWrongKeyIsRefusedWithoutEchoingEitherKey() {
        given().header("X-API-Key", "wrong").contentType("text/plain").body("Bài sai khoá.")
                .put("/api/v1/documents/" + id)
                .then().statusCode(401)
                .body("detail", not(containsString("wrong")))
                .body("detail", not(containsString(KEY)));
    }

    @Test
    void writesWithTheKeySucceed() {
        given().header("X-API-Key", KEY).contentType("text/plain").body("Bài có khoá đúng.")
                .put("/api/v1/documents/" + id).then().statusCode(201);
        given().header("X-API-Key", KEY).delete("/api/v1/documents/" + id).then().statusCode(204);
    }

    @Test
    void readsNeedNoKey() {
        given().get("/api/v1/documents/001_e8e140a97c513190").then().statusCode(200);
        given().queryParam("q", "ASEAN").get("/api/v1/search").then().statusCode(200);
    }
}
