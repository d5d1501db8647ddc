package vn.newsroom.index;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reindex did. */
@Schema(description = "Kết quả tạo lại chỉ mục / Reindex result")
public record ReindexReport(
        @Schema(description = "The index the alias pointed to before; now dropped", examples = "articles-v1")
        String previousIndex,
        @Schema(description = "The index the alias points to now", examples = "articles-v2") String currentIndex,
        @Schema(description = "Articles copied from the previous index; writes made meanwhile come on top", examples = "5") long documents,
        @Schema(description = "The analysis the new index was built with") AnalysisMode analysis,
        @Schema(description = "Duration in milliseconds", examples = "1830") long tookMs) {
}
