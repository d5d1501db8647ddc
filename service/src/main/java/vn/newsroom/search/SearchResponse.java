package vn.newsroom.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.newsroom.facets.FacetCounts;
import vn.newsroom.query.AppliedFilters;

/** A page of search results. */
@Schema(description = "Kết quả tìm kiếm / Search results",
        requiredProperties = {"total", "totalExact", "tookMs", "applied", "hits", "nextCursor", "facets", "didYouMean"})
public record SearchResponse(
        @Schema(description = "Matching articles; exact up to 10,000, see totalExact", examples = "5") long total,
        @Schema(description = "False when there are more than 10,000 matches and total is that lower bound")
        boolean totalExact,
        @Schema(description = "Time Elasticsearch spent on the search, in milliseconds", examples = "4") long tookMs,
        @Schema(description = "The query as understood") Applied applied,
        List<SearchHit> hits,
        @Schema(nullable = true, description = "Pass as `cursor` (with the same q, filters and sort) for the hits after"
                + " this page; null on the last page")
        String nextCursor,
        @Schema(description = "Counts per facet value for the query and the other filters; only the requested facets")
        FacetCounts facets,
        @Schema(nullable = true, description = "Did you mean: the query spelled as the articles spell it, offered"
                + " when it finds few or no articles", examples = "bo truong ngoai giao")
        String didYouMean) {

    /** The request as the service applied it. */
    @Schema(description = "Yêu cầu đã hiểu / The request as applied",
            requiredProperties = {"q", "match", "sort", "page", "size", "filters"})
    public record Applied(
            @Schema(description = "The text searched, control characters removed; it ends before the 33rd word,"
                    + " phrase or exclusion, which were left out", examples = "bo truong ngoai giao")
            String q,
            @Schema(enumeration = {"all", "most", "any"}, examples = "most", description = "How many words had to"
                    + " match: `any` when `most` was asked for and found nothing, then phrases count as words")
            String match,
            @Schema(enumeration = {"relevance", "newest", "oldest"}, examples = "relevance") String sort,
            @Schema(nullable = true, description = "Null when a cursor was followed", examples = "1") Integer page,
            @Schema(examples = "10") int size,
            AppliedFilters filters) {
    }
}
