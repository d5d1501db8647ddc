package vn.newsroom.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.enrich.Country;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.Topic;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.PublishedDate;

/** The filter queries built from resolved filters, read as JSON, without a cluster. */
class FiltersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CountryCatalog COUNTRIES = new CountryCatalog();
    private static final TopicTaxonomy TOPICS = new TopicTaxonomy();

    private final Topic myanmar = TOPICS.byId("myanmar").orElseThrow();
    private final Topic economy = TOPICS.byId("economy-trade").orElseThrow();
    private final Country laos = COUNTRIES.resolve("LA").orElseThrow();
    private final Country thailand = COUNTRIES.resolve("TH").orElseThrow();

    @Test
    void noFilterMatchesEveryArticle() throws Exception {
        assertEquals("{\"match_all\":{}}", json(Filters.NONE.all()).toString());
        assertTrue(Filters.NONE.isEmpty());
    }

    @Test
    void valuesOfOneDimensionAreAlternativesInOneTermsFilter() throws Exception {
        Filters filters = new Filters(List.of(myanmar, economy), List.of(laos, thailand), null, null,
                List.of("vnexpress", "tuoitre"));

        JsonNode clauses = json(filters.all()).at("/bool/filter");
        assertEquals(3, clauses.size(), clauses.toString());
        assertEquals("{\"terms\":{\"topics.id\":[\"myanmar\",\"economy-trade\"]}}", clauses.get(0).toString());
        assertEquals("{\"terms\":{\"countries.code\":[\"LA\",\"TH\"]}}", clauses.get(1).toString());
        assertEquals("{\"terms\":{\"source\":[\"vnexpress\",\"tuoitre\"]}}", clauses.get(2).toString(),
                "sources are matched as given");
    }

    @Test
    void aDateRangeMatchesArticlesWhosePeriodOverlapsItByWholeDays() throws Exception {
        Filters filters = new Filters(List.of(), List.of(), PublishedDate.ofMonth(2022, 11), PublishedDate.ofYear(2023),
                List.of());

        JsonNode bounds = json(filters.all()).at("/bool/filter/0/bool/filter");
        assertEquals("{\"range\":{\"published.to\":{\"gte\":\"2022-11-01\"}}}", bounds.get(0).toString(),
                "an article dated 2022 (to 2022-12-31) overlaps November 2022");
        assertEquals("{\"range\":{\"published.from\":{\"lte\":\"2023-12-31\"}}}", bounds.get(1).toString());
        assertEquals(2, bounds.size());
    }

    @Test
    void anOpenEndedDateRangeHasOneBound() throws Exception {
        JsonNode since = json(new Filters(List.of(), List.of(), PublishedDate.ofDay(2024, 2, 29), null, List.of()).all())
                .at("/bool/filter/0/bool/filter");
        assertEquals("[{\"range\":{\"published.to\":{\"gte\":\"2024-02-29\"}}}]", since.toString());

        JsonNode until = json(new Filters(List.of(), List.of(), null, PublishedDate.ofMonth(2024, 2), List.of()).all())
                .at("/bool/filter/0/bool/filter");
        assertEquals("[{\"range\":{\"published.from\":{\"lte\":\"2024-02-29\"}}}]", until.toString());
    }

    @Test
    void aFacetsScopeLeavesOutOnlyItsOwnDimension() throws Exception {
        Filters filters = new Filters(List.of(myanmar), List.of(laos), PublishedDate.ofYear(2022), null, List.of());

        String withoutCountry = json(filters.allExcept(Dimension.COUNTRY)).toString();
        assertFalse(withoutCountry.contains("countries.code"), withoutCountry);
        assertTrue(withoutCountry.contains("topics.id") && withoutCountry.contains("published.to"), withoutCountry);

        Filters onlyCountry = new Filters(List.of(), List.of(laos), null, null, List.of());
        assertEquals("{\"match_all\":{}}", json(onlyCountry.allExcept(Dimension.COUNTRY)).toString(),
                "with its own filter left out, nothing narrows the facet");
    }

    private static JsonNode json(Query query) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(query, new JacksonJsonpMapper()));
    }
}
