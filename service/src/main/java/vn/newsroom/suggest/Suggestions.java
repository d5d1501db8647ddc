package vn.newsroom.suggest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completions for what a user is typing. */
@Schema(description = "Gợi ý khi gõ / Completions while typing", requiredProperties = {"q", "entities", "titles"})
public record Suggestions(
        @Schema(examples = "viet") String q,
        @Schema(description = "Countries, topics and organisations whose name (or a word of it) starts with q")
        List<Entity> entities,
        @Schema(description = "Articles whose title has every word of q, the last one as a prefix")
        List<Title> titles) {

    /** A known entity and how to use it. */
    @Schema(description = "Thực thể / A known entity", requiredProperties = {"kind", "value", "label"})
    public record Entity(
            @Schema(description = "`country` and `topic` values are filters of the same name; an `organisation`"
                    + " is searched by its label in q", enumeration = {"country", "topic", "organisation"},
                    examples = "country")
            String kind,
            @Schema(description = "Country code, topic id or organisation id", examples = "VN") String value,
            @Schema(description = "Vietnamese display name", examples = "Việt Nam") String label) {
    }

    /** An article by its title. */
    @Schema(description = "Bài báo theo tiêu đề / An article by title", requiredProperties = {"id", "title"})
    public record Title(
            @Schema(examples = "002_927cfe96377052b6") String id,
            @Schema(examples = "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng")
            String title) {
    }
}
