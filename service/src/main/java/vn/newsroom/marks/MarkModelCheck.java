package vn.newsroom.marks;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/**
 * What the spelling model behind unmarked queries was learned from ({@code /q/health/well}): how many articles, how many
 * distinct words, and how many articles the index held then. Always UP, since search works without it, only less well
 * for text typed without marks.
 */
@Wellness
@ApplicationScoped
public class MarkModelCheck implements HealthCheck {

    private final MarkRestoration restoration;

    MarkModelCheck(MarkRestoration restoration) {
        this.restoration = restoration;
    }

    @Override
    public HealthCheckResponse call() {
        MarkModel model = restoration.model();
        return HealthCheckResponse.named("spelling-model").withData("articles", model.articles())
                .withData("words", model.words()).withData("indexed", restoration.indexedWhenLearned()).up().build();
    }
}
