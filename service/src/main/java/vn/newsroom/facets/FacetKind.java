package vn.newsroom.facets;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.util.NamedValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.newsroom.query.Dimension;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames;

/** What sets facets apart: one implementation for named entities (topics, countries), one for dates. */
sealed interface FacetKind permits EntityFacet, DateFacet {

    /** The filter dimension that a selection of the facet's values sets. */
    Dimension dimension();

    /** Values selected one by one in the filters: they always show, so that they can be unselected. */
    Set<String> selected(Filters filters);

    boolean isSelected(String value, Filters filters);

    String label(String value, EntityNames names);

    /** The label of the bucket of articles without a value, for facets that count them. */
    Optional<String> unknownLabel();

    /** The order of the values. */
    List<NamedValue<SortOrder>> order();

    /** The values a prefix allows. */
    FacetAggregations.Scope scope(String prefix, EntityNames names);
}
