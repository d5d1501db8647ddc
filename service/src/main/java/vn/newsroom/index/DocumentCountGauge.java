package vn.newsroom.index;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.newsroom.telemetry.TelemetryConfig;

/** {@code news_index_documents}: articles behind the alias, refreshed on a schedule; NaN while unknown. */
@ApplicationScoped
public class DocumentCountGauge {

    private static final Logger LOG = Logger.getLogger(DocumentCountGauge.class);

    private final ArticleIndex index;
    private final TelemetryConfig config;
    private volatile double documents = Double.NaN;

    DocumentCountGauge(ArticleIndex index, TelemetryConfig config, MeterRegistry registry) {
        this.index = index;
        this.config = config;
        Gauge.builder("news.index.documents", this, gauge -> gauge.documents)
                .description("Documents in the index behind the alias, as of the last refresh")
                .tag("alias", index.alias())
                .register(registry);
    }

    /** Scheduled in code, because only code sees the interval's default, declared in {@link TelemetryConfig}. */
    void schedule(@Observes StartupEvent event, Scheduler scheduler) {
        scheduler.newJob(DocumentCountGauge.class.getName())
                .setInterval(config.documentCountRefresh().toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> refresh())
                .schedule();
    }

    private void refresh() {
        try {
            documents = index.count(index.alias());
        } catch (Exception e) {
            // A stale count would look healthy; unknown is the truth while Elasticsearch or the alias is missing.
            documents = Double.NaN;
            LOG.debugf("Document count unavailable: %s", e.getMessage());
        }
    }
}
