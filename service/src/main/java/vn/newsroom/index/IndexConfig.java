package vn.newsroom.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where articles live in Elasticsearch. Environment: NEWS_INDEX_ALIAS, NEWS_INDEX_REPLICAS, ... */
@ConfigMapping(prefix = "news.index")
public interface IndexConfig {

    /** Alias that every read and write goes through; the concrete index behind it is versioned ({@code <alias>-v<n>}). */
    @WithDefault("articles")
    String alias();

    /** Primary shards of a new index. */
    @WithDefault("1")
    int shards();

    /** Replicas of a new index: 0 on a single node, or the cluster stays yellow. */
    @WithDefault("0")
    int replicas();

    /** Pause between attempts to prepare the index while Elasticsearch is unreachable at start-up. */
    @WithDefault("5s")
    Duration retryInterval();
}
