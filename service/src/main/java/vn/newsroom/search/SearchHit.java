package vn.newsroom.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One matching article. */
@Schema(description = "Một kết quả / One search hit")
public record SearchHit(
        @Schema(examples = "001_e8e140a97c513190") String id,
        @Schema(nullable = true, examples = "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng") String title,
        @Schema(description = "Relevance score; higher is better", examples = "3.25") double score) {
}
