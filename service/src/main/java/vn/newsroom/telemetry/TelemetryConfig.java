package vn.newsroom.telemetry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Metrics settings. Environment: NEWS_TELEMETRY_DOCUMENT_COUNT_REFRESH. */
@ConfigMapping(prefix = "news.telemetry")
public interface TelemetryConfig {

    /**
     * How often the indexed-document gauge asks Elasticsearch for the count: one cheap call on this schedule instead
     * of one per scrape.
     */
    @WithDefault("30s")
    Duration documentCountRefresh();
}
