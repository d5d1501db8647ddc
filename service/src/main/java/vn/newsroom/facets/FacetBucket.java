package vn.newsroom.facets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One value of a facet and how many articles have it. */
@Schema(description = "Một giá trị của bộ lọc và số bài / A facet value and its article count",
        requiredProperties = {"value", "label", "count", "selected"})
public record FacetBucket(
        @Schema(description = "What to pass back as a filter: topic id, ISO country code, `2024`, `2024-01`,"
                + " or `unknown` for articles without a (month) date", examples = "LA")
        String value,
        @Schema(description = "Vietnamese display name", examples = "Lào")
        String label,
        @Schema(description = "Matching articles under every other filter", examples = "2")
        long count,
        @Schema(description = "Whether the request's filters select this value")
        boolean selected) {
}
