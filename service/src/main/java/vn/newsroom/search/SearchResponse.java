package vn.newsroom.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search results. */
@Schema(description = "Kết quả tìm kiếm / Search results")
public record SearchResponse(
        @Schema(description = "Number of matching articles", examples = "5") long total,
        @Schema(description = "Time Elasticsearch spent, in milliseconds", examples = "4") long tookMs,
        List<SearchHit> hits) {
}
