package vn.newsroom.telemetry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One log line per request, its message a JSON object: method, path, status, duration and request id. The path goes
 * without its query string, which holds what readers searched for. Logged under {@value #CATEGORY}, which can be
 * silenced like any category ({@code quarkus.log.category."vn.newsroom.access".level=OFF}).
 */
@ApplicationScoped
public class AccessLog {

    static final String CATEGORY = "vn.newsroom.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final ObjectMapper json;

    AccessLog(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // First, so that requests refused by the HTTP layer's own limits are logged too.
        router.route().order(Integer.MIN_VALUE).handler(this::begin);
    }

    private void begin(RoutingContext context) {
        long started = System.nanoTime();
        context.addEndHandler(ended -> {
            if (LOG.isInfoEnabled()) {
                LOG.info(line(context, started, ended.succeeded()));
            }
        });
        context.next();
    }

    private String line(RoutingContext context, long started, boolean answered) {
        ObjectNode line = json.createObjectNode()
                .put("method", context.request().method().name())
                .put("path", context.request().path())
                .put("status", context.response().getStatusCode())
                .put("durationMs", (System.nanoTime() - started) / 1_000_000.0)
                .put("requestId", context.response().headers().get(RequestId.HEADER));
        if (!answered) {
            // The connection closed before the response was complete: the status is what would have been sent.
            line.put("aborted", true);
        }
        return line.toString();
    }
}
