package vn.newsroom.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Search settings. Environment: NEWS_SEARCH_DEFAULT_SIZE, NEWS_SEARCH_HIGHLIGHT_TAG, ... */
@ConfigMapping(prefix = "news.search")
public interface SearchConfig {

    /** Hits per page when the request does not say. */
    @WithDefault("10")
    int defaultSize();

    /**
     * Deepest hit reachable with {@code page} and {@code size} ({@code page × size}); beyond it a 400 points to
     * {@code cursor}, which in relevance order continues at offsets up to here and after sort values past it.
     * Elasticsearch's own {@code index.max_result_window} defaults to the same 10,000.
     */
    @WithDefault("10000")
    int maxResultWindow();

    /**
     * How many of the best matches the ranking signals (all words, adjacent syllables, words near each other,
     * spelling) reorder in a relevance order, Elasticsearch's rescore window; deeper hits keep the order of their
     * words' scores. Times the index's shards, at most half of {@code max-result-window} (checked at start-up). Chosen
     * with scripts/relevance: 100 lost 0.01-0.02 of MRR@10 on 4-syllable queries, 400 none.
     */
    @WithDefault("400")
    int rankWindow();

    /** {@code total} is exact up to this many hits; above it, it is this number and {@code totalExact} is false. */
    @WithDefault("10000")
    int exactTotalUpTo();

    /** HTML element wrapping the matches in snippets and titles: {@code mark} gives {@code <mark>…</mark>}. */
    @WithDefault("mark")
    String highlightTag();

    /** Length of the body snippet, in characters, roughly (it ends on a sentence or word boundary). */
    @WithDefault("200")
    int snippetLength();

    /** A query with fewer hits than this gets a spelling suggestion, when the corpus has a better one. */
    @WithDefault("3")
    int didYouMeanBelow();

    /**
     * A query with fewer hits than this is asked again with typo corrections (unless the request says
     * {@code typos=0}): words one edit away match too, ranked below exact matches.
     */
    @WithDefault("5")
    int typosBelow();

    /** How long a cursor stays valid after its last use: the lifetime of the point-in-time it reads. */
    @WithDefault("5m")
    Duration cursorKeepAlive();
}
