package vn.newsroom.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Metrics settings. Environment: NEWS_TELEMETRY_DOCUMENT_COUNT_REFRESH. */
@ConfigMapping(prefix = "news.telemetry")
public interface TelemetryConfig {

    /**
     * How often the indexed-document gauge asks Elasticsearch for the count: one cheap call on this schedule instead
     * of one per scrape (Quarkus scheduler syntax, e.g. {@code 30s}). Read by {@link DocumentCountGauge}'s schedule.
     */
    @WithDefault("30s")
    String documentCountRefresh();
}
