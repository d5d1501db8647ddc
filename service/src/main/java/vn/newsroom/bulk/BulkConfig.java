package vn.newsroom.bulk;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a bulk upload goes to Elasticsearch while it streams in. Environment: NEWS_BULK_BATCH_SIZE,
 * NEWS_BULK_BATCH_ARTICLES, NEWS_BULK_IN_FLIGHT. Sizes take a unit: 512K, 5M. An upload holds at most in-flight + 1
 * batches in memory, whatever its size.
 */
@ConfigMapping(prefix = "news.bulk")
public interface BulkConfig {

    /**
     * A batch is sent once its articles, as uploaded, reach this size. Small batches keep Elasticsearch busy while the
     * next one is enriched, and leave little to wait for at the end of an upload: on 2 cores scripts/bench ingested
     * 937 articles/s with 1M batches against 691 with 5M (the stored articles are about as large as the uploaded ones).
     */
    @WithDefault("1M")
    MemorySize batchSize();

    /** ... or once it holds this many articles, whichever comes first. */
    @WithDefault("1000")
    int batchArticles();

    /**
     * Batches of one upload that Elasticsearch may be indexing at once, while the next one is read, checked and
     * enriched. With all of them busy the upload is read no further until one is answered.
     */
    @WithDefault("2")
    int inFlight();
}
