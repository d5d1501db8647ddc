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
     * A batch is sent once its articles, as uploaded, reach this size: a few MB per bulk request is where Elasticsearch
     * indexes fastest, and the stored articles are about as large as the uploaded ones.
     */
    @WithDefault("5M")
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
