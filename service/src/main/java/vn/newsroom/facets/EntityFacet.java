package vn.newsroom.facets;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.util.NamedValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.newsroom.query.Dimension;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames;
import vn.newsroom.taxonomy.EntityNames.Entity;

/**
 * A facet of named entities: most articles first, labelled and narrowed by a prefix through their names and aliases.
 *
 * @param selected the values the filters select, one by one
 */
record EntityFacet(Dimension dimension, EntityNames.Kind kind, Function<Filters, Set<String>> selected)
        implements FacetKind {

    private static final List<NamedValue<SortOrder>> MOST_ARTICLES_FIRST =
            List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));

    @Override
    public Set<String> selected(Filters filters) {
        return selected.apply(filters);
    }

    @Override
    public boolean isSelected(String value, Filters filters) {
        return selected(filters).contains(value);
    }

    @Override
    public String label(String value, EntityNames names) {
        return names.label(kind, value).orElse(value);
    }

    @Override
    public Optional<String> unknownLabel() {
        return Optional.empty();
    }

    @Override
    public List<NamedValue<SortOrder>> order() {
        return MOST_ARTICLES_FIRST;
    }

    @Override
    public FacetAggregations.Scope scope(String prefix, EntityNames names) {
        return new FacetAggregations.Scope(names.matching(prefix, EnumSet.of(kind), Integer.MAX_VALUE).stream()
                .map(Entity::value).toList(), null, false);
    }
}
