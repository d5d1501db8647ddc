package vn.newsroom.health;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.newsroom.support.ManagementInterface;

@QuarkusTest
class ReadinessTest {

    /** What operators read from the readiness probe: cluster status, alias, index, documents, plugin analysis. */
    @Test
    void isReadyAndReportsTheIndexBehindTheAlias() {
        ManagementInterface.given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.alias", equalTo("articles"))
                .body("checks[0].data.index", startsWith("articles-v"))
                .body("checks[0].data.documents", greaterThanOrEqualTo(5))
                .body("checks[0].data.cluster", anyOf(equalTo("green"), equalTo("yellow")))
                .body("checks[0].data.analysis", equalTo("vietnamese"));
    }
}
