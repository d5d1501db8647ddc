package vn.newsroom.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.newsroom.enrich.CountryMention;
import vn.newsroom.enrich.OrganisationMention;
import vn.newsroom.enrich.TopicMatch;

/** A news article as stored in the index and returned by the API: parsed, enriched, ready to search. */
// Unknown values are left out rather than sent as null, as the OpenAPI 3.0 contract describes them.
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Một bài báo đã lưu / A stored article")
public record Article(
        @Schema(description = "Stable id: for seed files the file name without extension; for uploads the client's id,"
                + " or 20 hex digits of the SHA-256 of title and text", examples = "001_e8e140a97c513190")
        String id,
        @Schema(description = "Headline, when the article has one", nullable = true,
                examples = "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng")
        String title,
        @Schema(description = "First paragraph", examples = "Ngày 10/11, các Bộ trưởng Ngoại giao ASEAN đã nhóm họp tại Phnom Penh...")
        String lead,
        @Schema(description = "The article's own text, lead included; no captions, credits or teasers")
        String body,
        @Schema(description = "Photo captions, kept apart from the body", examples = "[\"Đoàn Việt Nam do Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu tham dự các hội nghị.\"]")
        List<String> captions,
        @Schema(description = "Photo credits and agency bylines", examples = "[\"AKP\", \"TTXVN\"]")
        List<String> credits,
        @Schema(nullable = true, description = "Absent when the source gives no date")
        Published published,
        @Schema(description = "Where the article came from, e.g. `seed` or a newsroom name", nullable = true, examples = "seed")
        String source,
        @Schema(description = "File the article was read from, for seeded articles", nullable = true)
        String sourceFile,
        @Schema(description = "Original address of the article", nullable = true)
        String url,
        @Schema(description = "Countries the article mentions, most mentioned first")
        List<CountryMention> countries,
        @Schema(description = "Organisations and regions the article mentions (ASEAN, EU, ...)")
        List<OrganisationMention> organisations,
        @Schema(description = "Topics whose evidence passes the taxonomy's threshold, strongest first")
        List<TopicMatch> topics,
        @Schema(description = "When it was last written to the index")
        Instant indexedAt) {
}
