package vn.newsroom.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits every request meets at the HTTP layer, before any resource runs. Environment: NEWS_HTTP_MAX_BODY_SIZE,
 * NEWS_HTTP_BODY_READ_TIMEOUT, NEWS_HTTP_MAX_TARGET_LENGTH, NEWS_HTTP_MAX_HEADERS_SIZE. Sizes take a unit: 16K, 1M.
 * The documents API's bodies have their own limits (news.documents.max-body-size and max-bulk-body-size).
 */
@ConfigMapping(prefix = "news.http")
public interface RequestLimitsConfig {

    /** Largest body of an API request outside the documents API (a search is a few hundred bytes); larger gets 413. */
    @WithDefault("64K")
    MemorySize maxBodySize();

    /**
     * How long a client may take to send a body that is read before dispatch (every body but a bulk upload's); slower
     * gets 408. Bodies are read without holding a worker thread, so a slow client costs only its connection.
     */
    @WithDefault("10s")
    Duration bodyReadTimeout();

    /**
     * Longest request target (path and query string); longer gets 414. A search's q of 1,000 characters of Vietnamese
     * takes up to 9,000 once percent-encoded. {@code quarkus.http.limits.max-initial-line-length} stays above it.
     */
    @WithDefault("16K")
    MemorySize maxTargetLength();

    /** Largest total size of the request's headers; larger gets 431. {@code quarkus.http.limits.max-header-size} stays above it. */
    @WithDefault("20K")
    MemorySize maxHeadersSize();
}
