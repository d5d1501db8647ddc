package vn.newsroom.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import vn.newsroom.connection.ElasticsearchProblems;
import vn.newsroom.support.CapturedLog;
import vn.newsroom.support.ManagementInterface;

@QuarkusTest
@TestProfile(UnreachableElasticsearchTest.NothingListening.class)
class UnreachableElasticsearchTest {

    /** Port 9 (discard) has no Elasticsearch: the same as a cluster that has died. */
    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:9", "news.index.retry-interval", "1h",
                    "news.index.startup-wait", "0s");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void readinessIsDownWhileLivenessStaysUp() {
        ManagementInterface.given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        ManagementInterface.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void searchAnswersProblem503WithRetryAfter() {
        given().queryParam("q", "ASEAN").get("/api/v1/search")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));
    }

    @Test
    void anOutageIsWarnedAboutOnceNotOncePerRequest() {
        try (CapturedLog problems = CapturedLog.of(ElasticsearchProblems.class.getName())) {
            for (int i = 0; i < 10; i++) {
                given().queryParam("q", "ASEAN").get("/api/v1/search").then().statusCode(503);
            }
            List<String> warnings = problems.messages(Level.WARNING);
            assertTrue(warnings.size() <= 1, "10 failed searches logged " + warnings);
        }
    }
}
