package vn.newsroom.seeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The seed articles indexed when the index is empty. Environment: NEWS_SEEDS_ENABLED, NEWS_SEEDS_DIRECTORY. */
@ConfigMapping(prefix = "news.seeds")
public interface SeedsConfig {

    /** Whether to index the seed folder into an empty index at start-up. */
    @WithDefault("true")
    boolean enabled();

    /** Folder of raw article files ({@code *.txt}); relative paths resolve against the working directory. */
    @WithDefault("seeds")
    Path directory();
}
