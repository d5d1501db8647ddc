package vn.newsroom.facets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.query.Criteria;
import vn.newsroom.query.CriteriaResolver;
import vn.newsroom.query.FilterParams;
import vn.newsroom.query.TextQueries;
import vn.newsroom.taxonomy.EntityNames;
import vn.newsroom.problem.InvalidParameterException;

/** The values of one facet for a query and filters, optionally narrowed by an accent-insensitive prefix. */
@ApplicationScoped
public class FacetService {

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final CriteriaResolver criteria;
    private final FacetAggregations aggregations;
    private final EntityNames names;
    private final FacetsConfig config;
    private final TextQueries textQueries;

    FacetService(ElasticsearchClient client, IndexConfig index, CriteriaResolver criteria, TextQueries textQueries,
            FacetAggregations aggregations, EntityNames names, FacetsConfig config) {
        this.client = client;
        this.index = index;
        this.criteria = criteria;
        this.textQueries = textQueries;
        this.aggregations = aggregations;
        this.names = names;
        this.config = config;
    }

    public FacetValues values(String facetId, String q, FilterParams filters, String prefix, Integer size)
            throws IOException {
        Facet facet = Facet.byId(facetId).orElseThrow(() -> new InvalidParameterException("facet",
                "Unknown facet '" + facetId + "'; facets are " + Facet.NAMES + "."));
        Criteria resolved = criteria.resolve(q, null, filters);
        int bucketCount = size == null ? config.defaultSize() : size;
        FacetAggregations.Scope scope = prefix == null || prefix.isBlank()
                ? FacetAggregations.Scope.ALL : facet.kind().scope(prefix, names);
        if (scope.values() != null && scope.values().isEmpty()) {
            return new FacetValues(facet.id(), List.of());
        }
        var response = count(facet, resolved, bucketCount, scope);
        Optional<Criteria> looser = resolved.instead(response.hits().total().value());
        if (looser.isPresent()) {
            // the values of the articles the search itself answers with
            response = count(facet, looser.get(), bucketCount, scope);
        }
        return new FacetValues(facet.id(),
                aggregations.buckets(facet, response.aggregations().get(facet.id()), resolved.filters(), scope));
    }

    private SearchResponse<Void> count(Facet facet, Criteria criteria, int bucketCount, FacetAggregations.Scope scope)
            throws IOException {
        // post_filter: the total counts the articles the search would answer with (filters applied), while each
        // facet's aggregation applies the other facets' filters only
        return client.search(search -> search
                .index(index.alias())
                .size(0)
                .query(textQueries.matching(criteria.query(), criteria.match()))
                .postFilter(criteria.filters().all())
                .aggregations(facet.id(), aggregations.aggregation(facet, criteria.filters(), bucketCount, scope)),
                Void.class);
    }
}
