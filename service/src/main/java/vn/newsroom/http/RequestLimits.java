package vn.newsroom.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import vn.newsroom.documents.DocumentsConfig;
import vn.newsroom.problem.HttpProblems;

/**
 * Each endpoint's body limit, checked against the Content-Length before anything is read and again while the body
 * streams in (413); request targets (414) and headers (431) over their limits. Bodies other than bulk uploads are
 * read on the event loop before the request is dispatched, within a deadline (408): a client that sends slowly
 * holds no worker thread. Bulk uploads stream into their resource, which counts them against their own limit.
 */
@ApplicationScoped
public class RequestLimits {

    private static final String DOCUMENTS = "/api/v1/documents";
    private static final String BULK = DOCUMENTS + "/bulk";
    private static final String BODY_DEADLINE = RequestLimits.class.getName() + ".bodyDeadline";

    private final RequestLimitsConfig config;
    private final DocumentsConfig documents;
    private final HttpProblems problems;
    private final BodyHandler apiBodies;
    private final BodyHandler documentBodies;

    RequestLimits(RequestLimitsConfig config, DocumentsConfig documents, HttpProblems problems) {
        this.config = config;
        this.documents = documents;
        this.problems = problems;
        this.apiBodies = bodyReader(config.maxBodySize());
        this.documentBodies = bodyReader(documents.maxBodySize());
    }

    void install(@Observes Router router) {
        // Ahead of Quarkus' own body-size check, which answers with an empty 413.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT).handler(this::bodyArrived);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > config.maxTargetLength().asLongValue()) {
            problems.send(context, 414, "uri-too-long", "URI too long", "The request target exceeds "
                    + config.maxTargetLength().asLongValue() + " characters; send long searches with POST.", true);
            return;
        }
        if (headersSize(request) > config.maxHeadersSize().asLongValue()) {
            problems.send(context, 431, "headers-too-large", "Request header fields too large",
                    "The request headers exceed " + config.maxHeadersSize().asLongValue() + " bytes.", true);
            return;
        }
        String path = context.normalizedPath();
        boolean bulk = path.equals(BULK);
        // Any other path under the documents API gets the single document's limit: a variant spelling of the bulk
        // path is held to the smaller one, never the reverse.
        boolean document = !bulk && path.startsWith(DOCUMENTS);
        long limit = (bulk ? documents.maxBulkBodySize() : document ? documents.maxBodySize() : config.maxBodySize())
                .asLongValue();
        long declared = contentLength(request);
        if (declared > limit) {
            problems.send(context, 413, "too-large", "Request body too large",
                    "The request body exceeds the limit of " + limit + " bytes.", true);
            return;
        }
        boolean hasBody = declared > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        // HTTP/2 (off in application.properties) is left to Quarkus REST, which cannot take a stream already read.
        if (bulk || !hasBody || request.version() == HttpVersion.HTTP_2) {
            context.next();
            return;
        }
        long deadline = context.vertx().setTimer(config.bodyReadTimeout().toMillis(), fired -> {
            if (!context.response().ended()) {
                problems.send(context, 408, "body-timeout", "Request timeout", "The request body did not arrive within "
                        + config.bodyReadTimeout().toSeconds() + " s.", true);
            }
        });
        context.put(BODY_DEADLINE, deadline);
        context.addEndHandler(ended -> context.vertx().cancelTimer(deadline));
        (document ? documentBodies : apiBodies).handle(context);
    }

    /**
     * The body has arrived (the body reader passes the request on only then): whatever the handler does next, however
     * long it waits for Elasticsearch, the client was not slow.
     */
    private void bodyArrived(RoutingContext context) {
        Long deadline = context.get(BODY_DEADLINE);
        if (deadline != null) {
            context.vertx().cancelTimer(deadline);
        }
        context.next();
    }

    /** What the header block takes on the wire: each line is name, ": ", value and CRLF. */
    private static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    /** The declared Content-Length; -1 when there is none (chunked, or no body). Netty has refused malformed ones. */
    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BodyHandler bodyReader(MemorySize limit) {
        // No file uploads: nothing here takes forms, and the root filesystem is read-only in a pod.
        return BodyHandler.create(false).setBodyLimit(limit.asLongValue());
    }
}
