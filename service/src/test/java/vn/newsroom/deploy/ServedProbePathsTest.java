package vn.newsroom.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every path the manifests make Kubernetes probe or Prometheus scrape is one this service answers with 200. */
@QuarkusTest
class ServedProbePathsTest {

    @Test
    void everyProbeAndScrapePathOfEveryOverlayIsServed() {
        List<String> problems = new ArrayList<>();
        int requested = 0;
        for (RenderedOverlay overlay : RenderedOverlay.all()) {
            for (String path : ServiceDeployment.requestedPaths(overlay)) {
                requested++;
                int status = given().get(path).statusCode();
                if (status != 200) {
                    problems.add(overlay.name + ": Deployment " + ServiceDeployment.NAME + " requests " + path
                            + ", which the service answers with " + status);
                }
            }
        }
        assertFalse(requested == 0, "the manifests request no path at all");
        assertEquals(List.of(), problems);
    }
}
