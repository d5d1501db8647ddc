package vn.newsroom.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article sent as JSON. Only the body is required; what is left out is derived from the text. */
@Schema(description = "Bài báo gửi dạng JSON / An article sent as JSON")
public record ArticleInput(
        @Schema(description = "Stable id; when absent the server derives it from the title and text, so the same"
                + " article sent twice is stored once", nullable = true, examples = "vnexpress-4567890",
                pattern = ArticleIds.PATTERN)
        @Pattern(regexp = ArticleIds.PATTERN, message = ArticleIds.PATTERN_MESSAGE)
        String id,
        @Schema(description = "Headline; when absent the article has none", nullable = true, maxLength = 1000,
                examples = "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng")
        @Size(max = 1000)
        String title,
        @Schema(description = "The article text, paragraphs separated by line breaks; photo captions, credits and"
                + " teasers in it are recognised and kept apart as in raw text",
                examples = "Ngày 10/11, các Bộ trưởng Ngoại giao ASEAN đã nhóm họp tại Phnom Penh.")
        @NotBlank
        String body,
        @Schema(description = "Publication date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD; when absent, a"
                + " full date in the first paragraph is used", nullable = true, examples = "2022-11")
        String publishedAt,
        @Schema(description = "Where the article comes from, e.g. a newsroom name", nullable = true, maxLength = 200,
                examples = "baoquocte.vn")
        @Size(max = 200)
        String source,
        @Schema(description = "Original address", nullable = true, maxLength = 2048,
                examples = "https://baoquocte.vn/hop-tac-asean-2024")
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        String url,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries the article is about; when absent they are"
                + " found in the text", nullable = true, maxItems = 50, examples = "[\"KH\", \"VN\"]")
        @Size(max = 50)
        List<@NotBlank String> countries,
        @Schema(description = "Topic ids of the taxonomy; when absent they are found in the text", nullable = true,
                maxItems = 50, examples = "[\"summits-meetings\"]")
        @Size(max = 50)
        List<@NotBlank String> topics) {

    public ArticleInput withId(String newId) {
        return new ArticleInput(newId, title, body, publishedAt, source, url, countries, topics);
    }
}
