package vn.newsroom.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic of the taxonomy and how many articles have it. */
@Schema(description = "Chủ đề và số bài / A topic and its article count",
        requiredProperties = {"id", "label", "description", "count"})
public record TopicEntry(
        @Schema(description = "The value of the topic filter", examples = "south-china-sea") String id,
        @Schema(examples = "Biển Đông") String label,
        @Schema(description = "What belongs under it") String description,
        @Schema(examples = "2") long count) {
}
