package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.CapturedLog;

@QuarkusTest
class AccessLogTest {

    @Test
    void logsEachRequestAsJsonWithoutWhatWasSearchedFor() throws Exception {
        try (CapturedLog access = CapturedLog.of(AccessLog.CATEGORY)) {
            given().header(RequestId.HEADER, "access-log-test-1").queryParam("q", "bí mật riêng tư")
                    .get("/api/v1/search").then().statusCode(200);

            await().atMost(Duration.ofSeconds(5)).until(() -> !lines(access).isEmpty());
            String line = lines(access).getFirst();
            JsonNode entry = new ObjectMapper().readTree(line);
            assertEquals("GET", entry.get("method").asText());
            assertEquals("/api/v1/search", entry.get("path").asText());
            assertEquals(200, entry.get("status").asInt());
            assertTrue(entry.get("durationMs").asDouble() > 0, line);
            assertTrue(!line.contains("q=") && !line.contains("riêng"), line);
        }
    }

    private static List<String> lines(CapturedLog access) {
        return access.messages(Level.INFO).stream().filter(line -> line.contains("access-log-test-1")).toList();
    }
}
