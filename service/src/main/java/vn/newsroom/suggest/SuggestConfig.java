package vn.newsroom.suggest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Autocomplete settings. Environment: NEWS_SUGGEST_DEFAULT_SIZE. */
@ConfigMapping(prefix = "news.suggest")
public interface SuggestConfig {

    /** Most entities and most titles returned, each, when the request does not say. */
    @WithDefault("5")
    int defaultSize();
}
