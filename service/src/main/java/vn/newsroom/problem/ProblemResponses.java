package vn.newsroom.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Problem responses for exception mappers, wherever they stand. */
public final class ProblemResponses {

    private static final int RETRY_AFTER_SECONDS = 5;

    private ProblemResponses() {
    }

    /** Every 503 says when to retry: what makes the service unavailable passes within seconds. */
    public static Response of(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.InvalidParam> params) {
        Problem body = new Problem("/problems/" + type, title, status, detail, uri.getPath(), params);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        return (status == 503 ? response.header("Retry-After", RETRY_AFTER_SECONDS) : response).build();
    }

    public static Response unavailable(String detail, UriInfo uri) {
        return of(503, "unavailable", "Service unavailable", detail, uri, List.of());
    }
}
