package vn.newsroom.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.newsroom.analysis.AnalysisMode;
import vn.newsroom.index.ArticleIndex;

/** Ready when Elasticsearch answers and the articles alias points to an index; reports what is behind it. */
@Readiness
@ApplicationScoped
public class ArticleIndexReadiness implements HealthCheck {

    private final ElasticsearchClient client;
    private final ArticleIndex index;

    ArticleIndexReadiness(ElasticsearchClient client, ArticleIndex index) {
        this.client = client;
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("articles-index").withData("alias", index.alias());
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
