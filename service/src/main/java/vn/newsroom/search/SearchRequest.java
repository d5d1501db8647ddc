package vn.newsroom.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.newsroom.facets.FacetNamesInOpenApi;
import vn.newsroom.query.FilterParams;

/** A search: query parameters of {@code GET /api/v1/search}, or the JSON body of {@code POST /api/v1/search}. */
@Schema(description = "Yêu cầu tìm kiếm / A search request (the POST body; GET takes the same as query parameters,"
        + " with the filters at the top level)")
public record SearchRequest(
        @QueryParam("q")
        @Parameter(description = """
                Từ khoá / Free text, with or without marks. Words match accent-insensitively; how many of them an \
                article needs is `match` (by default most of them). The best matches by their words (400 by \
                default) are then reordered: articles with all of them first, and those with the same marks and with \
                the words next to each other higher. `"exact phrase"` must match, keeping its words together and in \
                order; `-word` or `-"a phrase"` excludes; `OR` in capitals between two words or phrases makes either \
                enough (elsewhere it is ignored). Any text is accepted: unbalanced quotes and stray symbols are read \
                as well as possible. Empty lists every article, newest first.""",
                examples = {@ExampleObject(name = "không dấu / without marks", value = "bo truong ngoai giao"),
                        @ExampleObject(name = "cụm từ và loại trừ / phrase and exclusion",
                                value = "\"Hội nghị Cấp cao\" -Myanmar"),
                        @ExampleObject(name = "hoặc / or", value = "Lào OR Campuchia")})
        @Schema(description = "Free text in the query language: words, \"phrases\", -exclusions, OR;"
                + " the first 32 words, phrases and exclusions are searched",
                examples = "\"Hội nghị Cấp cao\" -Myanmar")
        @Size(max = 1000) String q,

        @QueryParam("match")
        @Parameter(description = """
                Khớp bao nhiêu từ / How many of the words in q an article needs: `most` (default: all but one of two \
                or three words, half of four to seven, a third of eight or more; among the best 400 matches, \
                articles with every word rank first, and when no article has that many, the articles with any word \
                are returned), `all` (every word, each as a phrase of its parts), `any` (one word is enough). \
                Phrases, `OR` and exclusions are strict under all three, with two exceptions under `most`: a text of \
                eight words or more (a pasted headline) is read as text, its quotes and `OR` as its own punctuation; \
                and when `most` finds nothing it takes the words of phrases as plain words (`applied.match` then \
                says `any`).""",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"most", "all", "any"}))
        @Schema(enumeration = {"most", "all", "any"}, examples = "most",
                description = "How many of the words an article needs; default most")
        String match,

        @QueryParam("typos")
        @Parameter(description = """
                Lỗi gõ / Typo tolerance: `1` (default) or `0` (off). When fewer than 5 articles match as typed, a \
                word of 4 or more letters also matches words one edit away (a letter missing, added, replaced or two \
                swapped), compared without marks and never on the first letter; words in phrases and exclusions are \
                never corrected, and corrected matches rank below exact ones. Input-method leftovers (Telex \
                `Vieetj`, VNI `Vie6t5`) match the syllable meant whatever this says.""")
        @Schema(description = "Typo tolerance when few articles match: 1 (default) or 0 (off)", examples = "1")
        @Min(0) @Max(1) Integer typos,

        @Valid @BeanParam
        @Schema(description = "Filters; on GET these are top-level query parameters")
        FilterParams filters,

        @QueryParam("sort")
        @Parameter(description = "Thứ tự / Order: `relevance` (default with words in q), `newest` (default"
                + " otherwise), `oldest`; articles without a date come last",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "newest", "oldest"}))
        @Schema(enumeration = {"relevance", "newest", "oldest"}, examples = "newest")
        String sort,

        @QueryParam("page")
        @Parameter(description = "Trang / Page, from 1; page × size may not exceed 10,000 (use cursor beyond)")
        @Schema(description = "Page, from 1", examples = "1")
        @Min(1) Integer page,

        @QueryParam("size")
        @Parameter(description = "Số kết quả mỗi trang / Hits per page, 1 to 100; default 10")
        @Schema(description = "Hits per page, 1 to 100", examples = "10")
        @Min(1) @Max(MAX_SIZE) Integer size,

        @QueryParam("cursor")
        @Parameter(description = "Trang tiếp / `nextCursor` of the previous response, for paging to any depth; send"
                + " it with the same q, filters and sort, without page")
        @Schema(description = "nextCursor of the previous response")
        @Size(max = 2000) String cursor,

        @QueryParam("facets")
        @Parameter(description = "Bộ đếm / Facets to count: " + FacetNamesInOpenApi.PLACEHOLDER + ", comma-separated"
                + " or repeated; omitted: all; `none` (or empty): none",
                examples = {@ExampleObject(name = "hai bộ đếm / two facets", value = "country,year"),
                        @ExampleObject(name = "không đếm / none", value = "none")})
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Facets to count; omitted: all; [\"none\"]: none")
        @Size(max = 10) List<String> facets,

        @QueryParam("facetSize")
        @Parameter(description = "Most values per facet, 1 to 100; default 10")
        @Schema(description = "Most values per facet, 1 to 100", examples = "10")
        @Min(1) @Max(100) Integer facetSize) {

    /** The largest page. */
    public static final int MAX_SIZE = 100;
}
