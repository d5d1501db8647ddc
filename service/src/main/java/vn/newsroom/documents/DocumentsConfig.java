package vn.newsroom.documents;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the documents API. Environment: NEWS_DOCUMENTS_MAX_BODY_SIZE, NEWS_DOCUMENTS_MAX_BULK_BODY_SIZE,
 * NEWS_DOCUMENTS_MAX_TEXT_LENGTH. Sizes take a unit: 512K, 64M. How uploads are batched: bulk.BulkConfig.
 * {@code quarkus.http.limits.max-body-size} must stay above both body sizes, or the HTTP layer answers first
 * (with a plain 413 instead of a problem).
 */
@ConfigMapping(prefix = "news.documents")
public interface DocumentsConfig {

    /** Largest request body of a single document (raw text or JSON); larger ones get 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Largest request body of a bulk request; larger ones get 413. */
    @WithDefault("64M")
    MemorySize maxBulkBodySize();

    /** Most characters of an article's text (raw text, or the JSON body field); longer ones get 400. */
    @WithDefault("100000")
    int maxTextLength();
}
