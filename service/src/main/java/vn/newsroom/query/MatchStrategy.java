package vn.newsroom.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How many of the typed words an article must contain. Quoted phrases, {@code OR} groups and exclusions keep their
 * strict meaning under every strategy; ranking is the same for all three.
 */
public enum MatchStrategy {
    /** Every word, each as a phrase of its parts ({@code Timor-Leste} needs "Timor Leste"). */
    ALL,
    /**
     * Most of the words ({@link QueryConfig#mostWords()}); within the rank window, articles with all of them rank
     * first. When that finds nothing, the search answers with {@link #ANY} instead, phrases taken as words
     * ({@link Criteria#instead}), so that one word or phrase no article uses never empties the page.
     */
    MOST,
    /** At least one word. */
    ANY;

    public static final String NAMES = Arrays.stream(values()).map(MatchStrategy::id).collect(Collectors.joining(", "));

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MatchStrategy> byId(String id) {
        return Arrays.stream(values()).filter(strategy -> strategy.id().equals(id)).findFirst();
    }
}
