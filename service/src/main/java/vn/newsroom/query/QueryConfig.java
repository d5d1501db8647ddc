package vn.newsroom.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a query may ask for. Environment: NEWS_QUERY_MAX_OPERANDS. */
@ConfigMapping(prefix = "news.query")
public interface QueryConfig {

    /** Most words, phrases and exclusions one {@code q} may hold; each becomes clauses of the Elasticsearch query. */
    @WithDefault("32")
    int maxOperands();
}
