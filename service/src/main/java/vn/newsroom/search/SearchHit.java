package vn.newsroom.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One matching article, with its matches marked. */
@Schema(description = "Một kết quả / One search hit", requiredProperties = {"id", "title", "publishedAt", "source",
        "countries", "topics", "score", "titleHighlighted", "snippet"})
public record SearchHit(
        @Schema(examples = "002_927cfe96377052b6") String id,
        @Schema(nullable = true, description = "Headline as stored, plain text",
                examples = "Hợp tác ASEAN năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng")
        String title,
        @Schema(nullable = true, description = "Publication date, as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD",
                examples = "2022-11")
        String publishedAt,
        @Schema(nullable = true, examples = "seed") String source,
        @Schema(description = "Countries the article mentions, most mentioned first") List<CountryRef> countries,
        @Schema(description = "Topics of the article, strongest first") List<TopicRef> topics,
        @Schema(nullable = true, description = "Relevance score, higher is better; null when sorted by date",
                examples = "3.25")
        Double score,
        @Schema(nullable = true, description = "The title as HTML: escaped, matches wrapped in `<mark>`",
                examples = "Hợp tác <mark>ASEAN</mark> năm 2024: Bước chuyển quan trọng của tiến trình xây dựng Cộng đồng")
        String titleHighlighted,
        @Schema(nullable = true, description = "A passage of the body as HTML: escaped, matches wrapped in `<mark>`"
                + " also when the query had no marks; the start of the body when nothing in it matched",
                examples = "Phó Thủ tướng, <mark>Bộ trưởng Ngoại giao</mark> Lào, Saleumxay Kommasith chủ trì Hội nghị...")
        String snippet) {

    /** A country by code and Vietnamese name. */
    @Schema(description = "Quốc gia / Country", requiredProperties = {"code", "name"})
    public record CountryRef(@Schema(examples = "LA") String code, @Schema(examples = "Lào") String name) {
    }

    /** A topic by id and Vietnamese label. */
    @Schema(description = "Chủ đề / Topic", requiredProperties = {"id", "label"})
    public record TopicRef(@Schema(examples = "south-china-sea") String id, @Schema(examples = "Biển Đông") String label) {
    }
}
