package vn.newsroom.telemetry;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.newsroom.problem.Problem;

/** Gives every API request an id (the caller's X-Request-Id when usable), echoes it and puts it into problems. */
public class RequestIdFilters {

    private static final String PROPERTY = RequestId.class.getName();

    /** Pre-matching, so requests that match no resource (404) get an id too. */
    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = RequestId.acceptOrCreate(request.getHeaderString(RequestId.HEADER));
        request.setProperty(PROPERTY, id);
        RequestId.begin(id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(RequestId.HEADER, id);
        if (response.getEntity() instanceof Problem problem) {
            response.setEntity(problem.withRequestId(id.toString()));
        }
        RequestId.end();
    }
}
