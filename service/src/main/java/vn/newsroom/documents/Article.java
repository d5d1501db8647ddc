package vn.newsroom.documents;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A news article as stored in the index and returned by the API. */
@Schema(description = "Một bài báo đã lưu / A stored article")
public record Article(
        @Schema(description = "Stable id; for seed files the file name without extension", examples = "001_e8e140a97c513190")
        String id,
        @Schema(description = "Headline, when the article has one", nullable = true)
        String title,
        @Schema(description = "Searchable article text", examples = "Ngày 10/11, các Bộ trưởng Ngoại giao ASEAN đã nhóm họp tại Phnom Penh...")
        String body,
        @Schema(description = "Where the article came from, e.g. `seed` or a newsroom name", nullable = true)
        String source,
        @Schema(description = "File the article was read from, for seeded articles", nullable = true)
        String sourceFile,
        @Schema(description = "When it was last written to the index")
        Instant indexedAt) {
}
