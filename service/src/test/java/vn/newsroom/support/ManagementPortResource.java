package vn.newsroom.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A free port for the management interface of a service launched as its own process (@QuarkusIntegrationTest),
 * which otherwise takes the production port, 9000, whoever else holds it.
 */
public class ManagementPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            String port = Integer.toString(socket.getLocalPort());
            System.setProperty(ManagementInterface.PORT_PROPERTY, port);
            return Map.of("quarkus.management.port", port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        System.clearProperty(ManagementInterface.PORT_PROPERTY);
    }
}
