package vn.newsroom.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.newsroom.index.ArticleIndex;

/** {@code news_index_documents}: articles behind the alias, refreshed on a schedule; NaN while unknown. */
@ApplicationScoped
public class DocumentCountGauge {

    private static final Logger LOG = Logger.getLogger(DocumentCountGauge.class);

    private final ArticleIndex index;
    private volatile double documents = Double.NaN;

    DocumentCountGauge(ArticleIndex index, MeterRegistry registry) {
        this.index = index;
        Gauge.builder("news.index.documents", this, gauge -> gauge.documents)
                .description("Documents in the index behind the alias, as of the last refresh")
                .tag("alias", index.alias())
                .register(registry);
    }

    @Scheduled(every = "${news.telemetry.document-count-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            documents = index.count(index.alias());
        } catch (Exception e) {
            // A stale count would look healthy; unknown is the truth while Elasticsearch or the alias is missing.
            documents = Double.NaN;
            LOG.debugf("Document count unavailable: %s", e.getMessage());
        }
    }
}
