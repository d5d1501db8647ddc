package vn.newsroom.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests to the management interface (health, metrics), which listens on a port of its own. */
public final class ManagementInterface {

    /** Set by {@link ManagementPortResource} where the service under test is launched as a separate process. */
    static final String PORT_PROPERTY = "news.test.management-port";

    private ManagementInterface() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        String launched = System.getProperty(PORT_PROPERTY);
        return launched != null ? Integer.parseInt(launched)
                : ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
