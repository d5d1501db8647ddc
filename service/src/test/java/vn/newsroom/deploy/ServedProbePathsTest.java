package vn.newsroom.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.ManagementInterface;

/**
 * Every path the manifests make Kubernetes probe or Prometheus scrape is one this service answers with 200, on the
 * port they ask: the container port named http is the API's, management the management interface's.
 */
@QuarkusTest
class ServedProbePathsTest {

    @Test
    void everyProbeAndScrapePathOfEveryOverlayIsServedOnItsPort() {
        Map<String, Integer> ports = Map.of("http", RestAssured.port, "management", ManagementInterface.port());
        List<String> problems = new ArrayList<>();
        int requested = 0;
        for (RenderedOverlay overlay : RenderedOverlay.all()) {
            for (ServiceDeployment.Request request : ServiceDeployment.requests(overlay)) {
                requested++;
                Integer port = ports.get(request.port());
                int status = port == null ? -1 : given().port(port).get(request.path()).statusCode();
                if (status != 200) {
                    problems.add(overlay.name + ": Deployment " + ServiceDeployment.NAME + " requests " + request.path()
                            + " on port " + request.port() + ", which the service answers with " + status);
                }
            }
        }
        assertFalse(requested == 0, "the manifests request no path at all");
        assertEquals(List.of(), problems);
    }
}
