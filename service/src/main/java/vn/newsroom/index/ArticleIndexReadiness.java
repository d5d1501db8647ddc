package vn.newsroom.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.newsroom.connection.ConnectionConfig;

/**
 * Ready when Elasticsearch answers and the articles alias points to an index; reports what is behind it. Answers
 * DOWN after {@link ConnectionConfig#readinessTimeout()} at the latest: a probe that hangs on a paused cluster
 * would keep the pod in rotation while every request to it waits.
 */
@Readiness
@ApplicationScoped
public class ArticleIndexReadiness implements HealthCheck {

    private final ElasticsearchClient client;
    private final ArticleIndex index;
    private final ConnectionConfig connection;

    ArticleIndexReadiness(ElasticsearchClient client, ArticleIndex index, ConnectionConfig connection) {
        this.client = client;
        this.index = index;
        this.connection = connection;
    }

    @Override
    public HealthCheckResponse call() {
        long timeout = connection.readinessTimeout().toMillis();
        try {
            return CompletableFuture.supplyAsync(this::check, task -> Thread.ofVirtual().start(task))
                    .get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return named().withData("error", "Elasticsearch did not answer within " + timeout + " ms").down().build();
        } catch (ExecutionException e) {
            return named().withData("error", "Readiness check failed: " + e.getCause()).down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return named().withData("error", "Interrupted").down().build();
        }
    }

    private HealthCheckResponseBuilder named() {
        return HealthCheckResponse.named("articles-index").withData("alias", index.alias());
    }

    private HealthCheckResponse check() {
        HealthCheckResponseBuilder health = named();
        try {
            HealthStatus status = client.cluster().health().status();
            health.withData("cluster", status.jsonValue());
            Optional<String> current = index.currentIndex();
            if (status == HealthStatus.Red || current.isEmpty()) {
                return health.withData("index", current.orElse("missing")).down().build();
            }
            AnalysisMode analysis = index.analysisOf(current.get());
            health.withData("index", current.get())
                    .withData("documents", index.count(current.get()))
                    .withData("analysis", analysis.name().toLowerCase());
            if (analysis == AnalysisMode.CORE) {
                health.withData("degraded", "Vietnamese analysis plugin missing: accent-insensitive search is off");
            }
            return health.up().build();
        } catch (Exception e) {
            return health.withData("error", "Elasticsearch unreachable: " + e.getMessage()).down().build();
        }
    }
}
