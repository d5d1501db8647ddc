package vn.newsroom.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/** The service against a cluster that, like every production one, wants TLS from a private CA and credentials. */
@QuarkusTest
@TestProfile(SecuredElasticsearchTest.HttpsWithPrivateCa.class)
class SecuredElasticsearchTest {

    public static class HttpsWithPrivateCa implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSecuredElasticsearch.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** Authenticated requests the cluster received (path, X-Opaque-Id), injected by the fake. */
    BlockingQueue<Map<String, String>> received;

    @Test
    void readsOverHttpsTrustingTheConfiguredCaWithCredentialsAndPassesTheRequestIdOn() {
        given().header("X-Request-Id", "secured-read-1").get("/api/v1/documents/no-such-article")
                .then().statusCode(404)
                .body("requestId", equalTo("secured-read-1"));

        assertThat(List.copyOf(received), hasItem(Map.of("path", "/articles/_doc/no-such-article", "opaqueId", "secured-read-1")));
    }

    @Test
    void sendsTheCredentialsWithEveryRequestWithoutWaitingToBeChallenged() {
        given().header("X-Request-Id", "secured-read-2").get("/api/v1/documents/another-missing-article").then().statusCode(404);

        // a challenge would double every call's round trips and fill the cluster's audit log with failures
        assertThat(received.stream().filter(request -> request.containsKey("challenged")).toList(), empty());
        assertThat(List.copyOf(received), hasItem(Map.of("path", "/articles/_doc/another-missing-article", "opaqueId", "secured-read-2")));
    }
}
