package vn.newsroom.taxonomy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country of the catalogue and how many articles mention it. */
@Schema(description = "Quốc gia và số bài / A country and its article count",
        requiredProperties = {"code", "name", "aliases", "count"})
public record CountryEntry(
        @Schema(description = "ISO 3166-1 alpha-2 code: the value of the country filter", examples = "LA") String code,
        @Schema(description = "Vietnamese name", examples = "Lào") String name,
        @Schema(description = "Other names the country filter also accepts", examples = "[\"Laos\", \"CHDCND Lào\"]")
        List<String> aliases,
        @Schema(examples = "1") long count) {
}
