package vn.newsroom.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures of no feature in particular become RFC 9457 problem responses here, and so do the features' own
 * {@link ProblemException}s; no stack trace ever reaches a caller.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** A cause is the client's own failure (an aborted body, say): worth a debug line, not a stack trace. */
    @ServerExceptionMapper
    public Response owned(ProblemException e, UriInfo uri) {
        if (e.getCause() != null) {
            LOG.debugf("%s on %s: %s", e.title(), uri.getPath(), e.getCause());
        }
        return ProblemResponses.of(e.status(), e.type(), e.title(), e.detail(), uri, e.invalidParams());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidParam(parameterName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return ProblemResponses.of(400, "invalid-input", "Invalid input", "One or more parameters are invalid.", uri,
                params);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return ProblemResponses.of(400, "invalid-input", "Invalid input", e.getMessage(), uri,
                List.of(new Problem.InvalidParam(e.parameter(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unsupportedType(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(415, "unsupported-media-type", "Unsupported media type", "This endpoint does not"
                + " accept the request's Content-Type; the API description (/q/openapi) lists the ones it does.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason != null ? reason.getReasonPhrase() : "HTTP " + status;
        String detail = e.getCause() instanceof JsonProcessingException ? "The body is not well-formed JSON." : e.getMessage();
        return ProblemResponses.of(status, "http-" + status, title, detail, uri, List.of());
    }

    /** Whatever no other mapper takes, errors such as {@link OutOfMemoryError} included. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return ProblemResponses.of(500, "internal-error", "Internal error",
                "The service failed unexpectedly; it has been logged.", uri, List.of());
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
