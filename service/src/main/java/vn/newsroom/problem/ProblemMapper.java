package vn.newsroom.problem;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.newsroom.documents.ArticleNotFoundException;
import vn.newsroom.documents.BodyTooLargeException;
import vn.newsroom.documents.InvalidDocumentException;
import vn.newsroom.documents.UnreadableBodyException;
import vn.newsroom.index.IndexNotReadyException;
import vn.newsroom.index.ReindexInProgressException;
import vn.newsroom.security.ApiKeyRejectedException;

/** The one place where failures become RFC 9457 problem responses; no stack trace ever reaches a caller. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int RETRY_AFTER_SECONDS = 5;
    /** During an outage every request fails alike: one warning per half minute tells the story. */
    private static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

    private final ThrottledWarning unreachableWarning =
            new ThrottledWarning(LOG, "Elasticsearch unreachable", WARNING_INTERVAL);

    @ServerExceptionMapper
    public Response notFound(ArticleNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Article not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidParam(parameterName(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return problem(400, "invalid-input", "Invalid input", "One or more parameters are invalid.", uri, params);
    }

    @ServerExceptionMapper
    public Response invalidDocument(InvalidDocumentException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.errors().stream()
                .map(error -> new Problem.InvalidParam(error.name(), error.reason()))
                .toList();
        String detail = params.isEmpty() ? e.getMessage() : "One or more fields are invalid; nothing was stored.";
        return problem(400, "invalid-document", "Invalid document", detail, uri, params);
    }

    @ServerExceptionMapper
    public Response tooLarge(BodyTooLargeException e, UriInfo uri) {
        return problem(413, "too-large", "Request body too large", e.getMessage(), uri, List.of());
    }

    /** The client's own connection failed mid-body (an abort, broken chunked framing): nothing to blame on us. */
    @ServerExceptionMapper
    public Response unreadableBody(UnreadableBodyException e, UriInfo uri) {
        LOG.debugf("Unreadable request body on %s: %s", uri.getPath(), e.getCause());
        return problem(400, "unreadable-body", "Unreadable request body", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedType(NotSupportedException e, UriInfo uri) {
        return problem(415, "unsupported-media-type", "Unsupported media type", "This endpoint does not accept the"
                + " request's Content-Type; the API description (/q/openapi) lists the ones it does.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(ApiKeyRejectedException e, UriInfo uri) {
        return problem(401, "unauthorized", "API key required", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response reindexRunning(ReindexInProgressException e, UriInfo uri) {
        return problem(409, "reindex-running", "Reindex already running", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response notReady(IndexNotReadyException e, UriInfo uri) {
        return unavailable(e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return problem(400, "invalid-input", "Invalid input", e.getMessage(), uri,
                List.of(new Problem.InvalidParam(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response rejected(ElasticsearchException e, UriInfo uri) {
        if (e.status() == 404) {
            return unavailable("The article index is not ready yet.", uri);
        }
        if ("cluster_block_exception".equals(e.error().type())) {
            return unavailable("Writes are paused while the index is rebuilt; retry shortly. If this lasts, a reindex"
                    + " was interrupted: run POST /api/v1/admin/reindex again.", uri);
        }
        if (e.status() == 400) {
            return problem(400, "rejected-by-search-engine", "Request rejected by the search engine",
                    "Elasticsearch rejected the request: " + e.error().reason(), uri, List.of());
        }
        if (e.status() == 429) {
            return unavailable("Elasticsearch is overloaded; retry shortly.", uri);
        }
        LOG.errorf("Elasticsearch failed with %d: %s", e.status(), e.getMessage());
        return problem(502, "search-engine-error", "Search engine error",
                "Elasticsearch answered with an error (" + e.error().type() + ").", uri, List.of());
    }

    /** The Elasticsearch client reports an unreachable or timed-out cluster as an IOException. */
    @ServerExceptionMapper
    public Response unreachable(IOException e, UriInfo uri) {
        unreachableWarning.warn(e.toString());
        return unavailable("Elasticsearch is unreachable; retry shortly.", uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : "HTTP " + status;
        String detail = e.getCause() instanceof JsonProcessingException ? "The body is not well-formed JSON." : e.getMessage();
        return problem(status, "http-" + status, title, detail, uri, List.of());
    }

    /** Whatever no other mapper takes, errors such as {@link OutOfMemoryError} included. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return problem(500, "internal-error", "Internal error", "The service failed unexpectedly; it has been logged.",
                uri, List.of());
    }

    private static Response unavailable(String detail, UriInfo uri) {
        return Response.fromResponse(problem(503, "unavailable", "Service unavailable", detail, uri, List.of()))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.InvalidParam> params) {
        Problem body = new Problem("/problems/" + type, title, status, detail, uri.getPath(), params);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** A method parameter's path ends with its name ("search.size" → "size"). */
    private static String parameterName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
