package vn.newsroom.facets;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsInclude;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames;

/**
 * Disjunctive facet counts in the same search request as the hits: the hits take every filter as a
 * {@code post_filter}, while each facet is a {@code filter} aggregation that applies every filter except its own
 * (see {@link Filters#allExcept}). So with {@code country=LA} the country facet still counts Việt Nam, and picking it
 * too widens the result instead of emptying it.
 *
 * <p>Per facet: the top values ({@code values}), the selected values in case they are not among the top ones
 * ({@code selected}), and for date facets the articles without that date ({@code missing}).
 */
@ApplicationScoped
public class FacetAggregations {

    /** The value of the bucket of articles without the facet's date. */
    private static final String UNKNOWN = "unknown";
    private static final String VALUES = "values";
    private static final String SELECTED = "selected";
    private static final String MISSING = "missing";

    private final EntityNames names;

    FacetAggregations(EntityNames names) {
        this.names = names;
    }

    /**
     * The values a facet may show: all of them, or those a prefix search allowed.
     *
     * @param values      allowed values, or {@code null} for no such limit
     * @param pattern     a Lucene regular expression the values must match, or {@code null}
     * @param withUnknown whether date facets count articles without the date
     */
    record Scope(List<String> values, String pattern, boolean withUnknown) {

        static final Scope ALL = new Scope(null, null, true);

        TermsInclude include() {
            if (values != null) {
                return TermsInclude.of(include -> include.terms(values));
            }
            return pattern == null ? null : TermsInclude.of(include -> include.regexp(pattern));
        }

        boolean allows(String value) {
            return values == null || values.contains(value);
        }
    }

    /** One aggregation per facet, named by {@link Facet#id()}. */
    public Map<String, Aggregation> aggregations(Collection<Facet> facets, Filters filters, int size) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        facets.forEach(facet -> aggregations.put(facet.id(), aggregation(facet, filters, size, Scope.ALL)));
        return aggregations;
    }

    /** The buckets of every facet that {@link #aggregations} asked for. */
    public FacetCounts read(Collection<Facet> facets, Map<String, Aggregate> aggregates, Filters filters) {
        Map<Facet, List<FacetBucket>> buckets = new EnumMap<>(Facet.class);
        facets.forEach(facet -> buckets.put(facet, buckets(facet, aggregates.get(facet.id()), filters, Scope.ALL)));
        return FacetCounts.of(buckets);
    }

    Aggregation aggregation(Facet facet, Filters filters, int size, Scope scope) {
        Map<String, Aggregation> inner = new LinkedHashMap<>();
        inner.put(VALUES, Aggregation.of(agg -> agg.terms(terms -> terms.field(facet.field()).size(size)
                .include(scope.include()).order(facet.kind().order()))));
        List<String> selected = selectedValues(facet, filters);
        if (!selected.isEmpty()) {
            inner.put(SELECTED, Aggregation.of(agg -> agg.terms(terms -> terms.field(facet.field())
                    .include(include -> include.terms(selected)).size(selected.size()))));
        }
        if (facet.kind().unknownLabel().isPresent() && scope.withUnknown()) {
            inner.put(MISSING, Aggregation.of(agg -> agg.missing(missing -> missing.field(facet.field()))));
        }
        return Aggregation.of(outer -> outer.filter(filters.allExcept(facet.kind().dimension())).aggregations(inner));
    }

    List<FacetBucket> buckets(Facet facet, Aggregate aggregate, Filters filters, Scope scope) {
        Map<String, Aggregate> inner = aggregate.filter().aggregations();
        Map<String, Long> counts = new LinkedHashMap<>();
        inner.get(VALUES).sterms().buckets().array().forEach(bucket -> counts.put(key(bucket), bucket.docCount()));
        // a selected value always shows, so that it can be unselected, even when its count is low or zero
        Map<String, Long> selectedCounts = new LinkedHashMap<>();
        if (inner.containsKey(SELECTED)) {
            inner.get(SELECTED).sterms().buckets().array().forEach(bucket -> selectedCounts.put(key(bucket), bucket.docCount()));
        }
        selectedValues(facet, filters).stream()
                .filter(scope::allows)
                .forEach(value -> counts.putIfAbsent(value, selectedCounts.getOrDefault(value, 0L)));
        List<FacetBucket> buckets = new ArrayList<>();
        counts.forEach((value, count) -> buckets.add(new FacetBucket(value, facet.kind().label(value, names), count,
                facet.kind().isSelected(value, filters))));
        if (inner.containsKey(MISSING) && inner.get(MISSING).missing().docCount() > 0) {
            buckets.add(new FacetBucket(UNKNOWN, facet.kind().unknownLabel().orElseThrow(),
                    inner.get(MISSING).missing().docCount(), false));
        }
        return buckets;
    }

    private static List<String> selectedValues(Facet facet, Filters filters) {
        return facet.kind().selected(filters).stream().sorted().toList();
    }

    private static String key(StringTermsBucket bucket) {
        return bucket.key().stringValue();
    }
}
