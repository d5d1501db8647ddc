package vn.newsroom.telemetry;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every API request an id (the caller's X-Request-Id when usable) and echoes it; problems carry it too. */
public class RequestIdFilters {

    /** Pre-matching, so requests that match no resource (404) get an id too. */
    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = RequestId.acceptOrCreate(request.getHeaderString(RequestId.HEADER));
        request.setProperty(RequestId.PROPERTY, id);
        RequestId.begin(id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        RequestId.of(request).ifPresent(id -> {
            response.getHeaders().putSingle(RequestId.HEADER, id);
            RequestId.end();
        });
    }
}
