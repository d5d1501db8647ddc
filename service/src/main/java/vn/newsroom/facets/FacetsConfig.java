package vn.newsroom.facets;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Facet settings. Environment: NEWS_FACETS_DEFAULT_SIZE. */
@ConfigMapping(prefix = "news.facets")
public interface FacetsConfig {

    /** Buckets per facet when the request does not say ({@code facetSize}, or {@code size} on /facets). */
    @WithDefault("10")
    int defaultSize();
}
