package vn.newsroom.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.newsroom.problem.InvalidParameterException;

/**
 * Result order. A date order ends with the article id, so it is total: that is what lets a cursor continue exactly
 * where the previous page stopped. Relevance is the score alone, ties broken by Elasticsearch's shard doc on a
 * point-in-time and by the index order of the same shard copy on the live index (see {@link Paging}). Dates compare by
 * the first day they cover; articles without a date come last.
 */
public enum Sort {
    RELEVANCE, NEWEST, OLDEST;

    static final String NAMES = Arrays.stream(values()).map(Sort::id).collect(Collectors.joining(", "));

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The requested order; by default relevance when the query has words to rank by, else newest first (relevance
     * without words would be arbitrary, so it means newest too).
     */
    static Sort of(String requested, boolean hasTerms) {
        Sort sort = requested == null || requested.isBlank() ? RELEVANCE : Arrays.stream(values())
                .filter(candidate -> candidate.id().equalsIgnoreCase(requested.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("sort", "Unknown sort; use one of " + NAMES + "."));
        return sort == RELEVANCE && !hasTerms ? NEWEST : sort;
    }

    List<SortOptions> options() {
        if (this == RELEVANCE) {
            // the only order Elasticsearch allows with a rescore window; it adds its shard doc on a point-in-time
            return List.of(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))));
        }
        SortOptions published = SortOptions.of(s -> s.field(field -> field.field("published.from")
                .order(this == OLDEST ? SortOrder.Asc : SortOrder.Desc).missing("_last")));
        SortOptions id = SortOptions.of(s -> s.field(field -> field.field("id").order(SortOrder.Asc)));
        return List.of(published, id);
    }
}
