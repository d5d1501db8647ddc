package vn.newsroom.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import vn.newsroom.telemetry.RequestId;

/**
 * Problems for what fails outside the REST resources: the HTTP layer's own limits, bodies that cannot be read before
 * dispatch, and any failure no exception mapper answered (an {@link OutOfMemoryError}, say). Quarkus' own failure
 * handler would answer those in plain text or HTML.
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final ObjectMapper json;

    HttpProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // Failure handlers run in route order: first, ahead of Quarkus' own.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    /**
     * Answers with a problem. With {@code close}, the connection closes once it is sent, so the rest of a body that
     * is not wanted is never read.
     */
    public void send(RoutingContext context, int status, String type, String title, String detail, boolean close) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String requestId = RequestId.acceptOrCreate(request.getHeader(RequestId.HEADER));
        // A path over the length limit is not worth echoing.
        String instance = status == 414 ? null : request.path();
        Problem problem = new Problem("/problems/" + type, title, status, detail, instance, List.of(), requestId);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem cannot be written as JSON", e);
        }
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestId.HEADER, requestId);
        boolean closing = close && request.version() != HttpVersion.HTTP_2;
        if (closing) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        response.end(io.vertx.core.buffer.Buffer.buffer(body)).onComplete(sent -> {
            if (closing) {
                request.connection().close();
            }
        });
    }

    private void failed(RoutingContext context) {
        HttpServerResponse response = context.response();
        Throwable failure = context.failure();
        if (response.closed() || response.ended()) {
            // The client went away (an abort mid-body): nobody to answer, and not a fault of this service.
            LOG.debugf("Request to %s ended by the client: %s", context.request().path(), failure);
            return;
        }
        if (response.headWritten()) {
            context.request().connection().close();
            return;
        }
        int status = context.statusCode();
        if (status == 413) {
            send(context, 413, "too-large", "Request body too large",
                    "The request body exceeds this endpoint's limit.", true);
        } else if (status >= 400 && status < 500 || status < 400 && failure != null) {
            // Malformed framing (chunked encoding) or a body stream that broke: the client's fault, worth no stack trace.
            LOG.debugf("Unreadable request to %s: %s", context.request().path(), failure);
            int code = status >= 400 ? status : 400;
            send(context, code, "http-" + code, reason(code), "The request could not be read.", true);
        } else {
            LOG.error("Unexpected failure", failure);
            send(context, 500, "internal-error", "Internal error", "The service failed unexpectedly; it has been logged.",
                    false);
        }
    }

    private static String reason(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }
}
