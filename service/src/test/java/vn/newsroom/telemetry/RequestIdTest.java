package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void echoesTheCallersRequestId() {
        given().header("X-Request-Id", "caller-7f3a.1").queryParam("q", "ASEAN").get("/api/v1/search")
                .then().statusCode(200).header("X-Request-Id", "caller-7f3a.1");
    }

    @Test
    void givesARequestWithoutIdANewOne() {
        given().queryParam("q", "ASEAN").get("/api/v1/search")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void replacesAnIdThatCouldForgeLogLinesOrHeaders() {
        given().header("X-Request-Id", "x\" admin=\"true").queryParam("q", "ASEAN").get("/api/v1/search")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void problemResponsesCarryTheRequestId() {
        given().header("X-Request-Id", "missing-article-req").get("/api/v1/documents/no-such-article-id")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "missing-article-req")
                .body("requestId", equalTo("missing-article-req"));
    }
}
