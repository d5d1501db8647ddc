package vn.newsroom.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where articles live in Elasticsearch. Environment: NEWS_INDEX_ALIAS, NEWS_INDEX_REPLICAS, NEWS_INDEX_OLD_INDEX_DROP_DELAY, ... */
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

    /**
     * How long a reindex keeps the previous index after moving the alias away from it, so that searches that
     * resolved the alias just before the move can finish on it.
     */
    @WithDefault("2s")
    Duration oldIndexDropDelay();

    /** Pause between attempts to prepare the index while Elasticsearch is unreachable at start-up. */
    @WithDefault("5s")
    Duration retryInterval();

    /**
     * How long start-up keeps retrying before the service starts serving without its index (not ready) and goes on
     * retrying in the background. Short, so a missing cluster never holds the HTTP port closed for long.
     */
    @WithDefault("10s")
    Duration startupWait();
}
