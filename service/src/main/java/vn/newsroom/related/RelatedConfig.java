package vn.newsroom.related;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How "more like this" picks the terms of an article. Environment: NEWS_RELATED_MIN_TERM_FREQ, ... */
@ConfigMapping(prefix = "news.related")
public interface RelatedConfig {

    /** Related articles when the request does not say. */
    @WithDefault("5")
    int defaultSize();

    /** A term must occur this often in the article to characterise it. */
    @WithDefault("2")
    int minTermFreq();

    /** ...and in at least this many articles; 1 keeps small collections working. */
    @WithDefault("1")
    int minDocFreq();

    /** The article's most characteristic terms used for the query. */
    @WithDefault("25")
    int maxQueryTerms();

    /** Share of those terms a related article must contain. */
    @WithDefault("30%")
    String minimumShouldMatch();
}
