package vn.newsroom.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.newsroom.telemetry.RequestId;

/** Every problem a resource or an exception mapper answers with carries the request's id, for the caller to quote. */
public class ProblemRequestIds {

    @ServerResponseFilter
    public void identify(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            RequestId.of(request).ifPresent(id -> response.setEntity(problem.withRequestId(id)));
        }
    }
}
