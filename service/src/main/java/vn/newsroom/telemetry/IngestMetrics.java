package vn.newsroom.telemetry;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code news_ingest_documents_total{result="indexed|failed"}}: every bulk write's items by outcome, so dashboards show
 * items per second and failures. Whoever sends a bulk request passes its response to {@link #recorded}.
 */
@ApplicationScoped
public class IngestMetrics {

    private final Counter indexed;
    private final Counter failed;

    IngestMetrics(MeterRegistry registry) {
        indexed = counter(registry, "indexed");
        failed = counter(registry, "failed");
    }

    public void recorded(BulkResponse response) {
        long failures = response.items().stream().filter(item -> item.error() != null).count();
        failed.increment(failures);
        indexed.increment(response.items().size() - failures);
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("news.ingest.documents")
                .description("Documents sent to Elasticsearch in bulk requests, by outcome")
                .tag("result", result)
                .register(registry);
    }
}
