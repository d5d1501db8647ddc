package vn.newsroom.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.PublishedDate;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames;

/** The facet aggregations sent beside a search, read as JSON, without a cluster. */
class FacetAggregationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CountryCatalog COUNTRIES = new CountryCatalog();

    private final FacetAggregations aggregations =
            new FacetAggregations(new EntityNames(COUNTRIES, new TopicTaxonomy()));
    private final Filters laosIn2022 = new Filters(List.of(), List.of(COUNTRIES.resolve("LA").orElseThrow()),
            PublishedDate.ofYear(2022), PublishedDate.ofYear(2022), List.of());

    @Test
    void aCountryFacetCountsUnderEveryFilterButItsOwnMostArticlesFirst() throws Exception {
        JsonNode facet = json(aggregations.aggregation(Facet.COUNTRY, laosIn2022, 10, FacetAggregations.Scope.ALL));

        String scope = facet.path("filter").toString();
        assertFalse(scope.contains("countries.code"), "the selected country does not narrow its own facet: " + scope);
        assertTrue(scope.contains("published."), "the date filter does: " + scope);
        JsonNode values = facet.at("/aggregations/values/terms");
        assertEquals("countries.code", values.path("field").asText());
        assertEquals(10, values.path("size").asInt());
        assertEquals("[{\"_count\":\"desc\"},{\"_key\":\"asc\"}]", values.path("order").toString());
        assertEquals("[\"LA\"]", facet.at("/aggregations/selected/terms/include").toString(),
                "the selected country is counted even when it is not among the top ones");
        assertTrue(facet.at("/aggregations/missing").isMissingNode(), "articles without a country are not counted");
    }

    @Test
    void aDateFacetListsTheNewestFirstAndCountsTheArticlesWithoutADate() throws Exception {
        JsonNode facet = json(aggregations.aggregation(Facet.YEAR, laosIn2022, 5, FacetAggregations.Scope.ALL));

        String scope = facet.path("filter").toString();
        assertTrue(scope.contains("countries.code") && !scope.contains("published."), scope);
        JsonNode values = facet.at("/aggregations/values/terms");
        assertEquals("published.year", values.path("field").asText());
        assertTrue(values.path("order").toString().contains("{\"_key\":\"desc\"}"), values.toString());
        assertEquals("published.year", facet.at("/aggregations/missing/missing/field").asText());
        assertTrue(facet.at("/aggregations/selected").isMissingNode(), "dates are selected by range, not by value");
    }

    @Test
    void aPrefixNarrowsCountriesToTheNamesItStartsAndDatesToTheValuesItStarts() throws Exception {
        JsonNode countries = json(aggregations.aggregation(Facet.COUNTRY, Filters.NONE, 10,
                Facet.COUNTRY.kind().scope("viet", names())));
        assertEquals("[\"VN\"]", countries.at("/aggregations/values/terms/include").toString());

        JsonNode months = json(aggregations.aggregation(Facet.MONTH, Filters.NONE, 10, Facet.MONTH.kind().scope("2024-0", names())));
        assertEquals("2024-0.*", months.at("/aggregations/values/terms/include").asText());
        assertTrue(months.at("/aggregations/missing").isMissingNode(), "a prefix leaves out the articles without a date");
    }

    private static EntityNames names() {
        return new EntityNames(COUNTRIES, new TopicTaxonomy());
    }

    private static JsonNode json(Aggregation aggregation) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(aggregation, new JacksonJsonpMapper()));
    }
}
