package vn.newsroom.facets;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The values of one facet. */
@Schema(description = "Các giá trị của một bộ lọc / The values of one facet",
        requiredProperties = {"facet", "buckets"})
public record FacetValues(
        @Schema(examples = "country") String facet,
        @Schema(description = "Most articles first (dates: newest first, `unknown` last)") List<FacetBucket> buckets) {
}
