package vn.newsroom.page;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the search page (the static {@code META-INF/resources/index.html}) at {@code /search} as well as at
 * {@code /}, so a shared search address reads as one. A Vert.x route rather than a REST resource: the page is not an
 * API operation and stays out of the OpenAPI contract.
 */
@ApplicationScoped
public class SearchPageRoute {

    void register(@Observes Router router) {
        router.get("/search").handler(context -> context.reroute("/"));
    }
}
