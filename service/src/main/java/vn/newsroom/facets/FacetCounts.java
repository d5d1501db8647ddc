package vn.newsroom.facets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requested facets' buckets; a facet that was not requested is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Số bài theo chủ đề, quốc gia, năm, tháng / Counts per facet value. Each facet applies every"
        + " filter except its own, so several values can be offered together.")
public record FacetCounts(
        @Schema(description = "Topics, most articles first") List<FacetBucket> topic,
        @Schema(description = "Countries, most articles first") List<FacetBucket> country,
        @Schema(description = "Years, newest first; `unknown` last") List<FacetBucket> year,
        @Schema(description = "Months (`2024-01`), newest first; `unknown` last") List<FacetBucket> month) {

    static FacetCounts of(Map<Facet, List<FacetBucket>> buckets) {
        return new FacetCounts(buckets.get(Facet.TOPIC), buckets.get(Facet.COUNTRY), buckets.get(Facet.YEAR),
                buckets.get(Facet.MONTH));
    }
}
