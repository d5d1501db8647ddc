package vn.newsroom.telemetry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.ManagementInterface;
import vn.newsroom.support.ManagementPortResource;

/** The packaged service, started the way its image starts it (prod profile), before any container exists. */
@QuarkusIntegrationTest
@WithTestResource(ManagementPortResource.class)
class PackagedServiceIT {

    /** Where Quarkus keeps the launched service's output. */
    private static final Path OUTPUT = Path.of("target", "quarkus.log");

    @Test
    void startsReadyAndServesProbesAndMetricsOnTheManagementPortOnly() {
        ManagementInterface.given().get("/q/health/started").then().statusCode(200);
        ManagementInterface.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        ManagementInterface.given().get("/q/metrics").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void logsOneJsonObjectPerLine() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> notJson = new ArrayList<>();
        List<String> lines = Files.readAllLines(OUTPUT).stream().filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            try {
                JsonNode entry = json.readTree(line);
                if (!entry.has("level") || !entry.has("message")) {
                    notJson.add(line);
                }
            } catch (Exception e) {
                notJson.add(line);
            }
        }
        assertFalse(lines.isEmpty(), "the service logged nothing");
        assertEquals(List.of(), notJson);
    }
}
