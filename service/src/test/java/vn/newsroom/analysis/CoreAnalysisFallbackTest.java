package vn.newsroom.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.newsroom.support.ManagementInterface;

/**
 * Against a real Elasticsearch that lacks the plugin (scripts/test starts one and names it in
 * NEWS_TEST_CORE_ELASTICSEARCH_HOSTS): the service still creates its index and answers, and says it is degraded.
 */
@QuarkusTest
@TestProfile(CoreAnalysisFallbackTest.ClusterWithoutPlugin.class)
@EnabledIfEnvironmentVariable(named = CoreAnalysisFallbackTest.HOSTS, matches = ".+")
class CoreAnalysisFallbackTest {

    static final String HOSTS = "NEWS_TEST_CORE_ELASTICSEARCH_HOSTS";

    public static class ClusterWithoutPlugin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.elasticsearch.hosts", System.getenv(HOSTS));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void readinessIsUpAndReportsTheDegradedAnalysis() {
        ManagementInterface.given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.analysis", equalTo("core"))
                .body("checks[0].data.degraded", containsString("plugin missing"));
    }

    @Test
    void searchStillFindsMarkedQueries() {
        given().queryParam("q", "Bộ trưởng Ngoại giao").get("/api/v1/search")
                .then().statusCode(200)
                .body("total", equalTo(5));
    }
}
