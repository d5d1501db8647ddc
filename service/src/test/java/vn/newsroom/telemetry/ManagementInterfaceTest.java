package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.ManagementInterface;

/** Health and metrics are on the management port only; the public port serves the API and its documentation. */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnly() {
        ManagementInterface.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        ManagementInterface.given().get("/q/metrics").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theApiDocumentationStaysOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
