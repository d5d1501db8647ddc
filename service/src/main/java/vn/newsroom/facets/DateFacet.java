package vn.newsroom.facets;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.util.NamedValue;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.newsroom.query.Dimension;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames;

/**
 * A facet of periods (a year, a month): newest first, with a bucket of the articles without a date. A period is
 * selected when the date range covers it, never one by one; a prefix matches the value ({@code 2024-0}).
 *
 * @param first the first month of the period a value names
 * @param last  its last month
 */
record DateFacet(String unknown, Function<String, String> labels, Function<String, YearMonth> first,
        Function<String, YearMonth> last) implements FacetKind {

    /** Date values are digits and dashes; a prefix of anything else names no date. */
    private static final Pattern DATE_PREFIX = Pattern.compile("[0-9-]*");
    private static final List<NamedValue<SortOrder>> NEWEST_FIRST = List.of(NamedValue.of("_key", SortOrder.Desc));

    @Override
    public Dimension dimension() {
        return Dimension.DATE;
    }

    @Override
    public Set<String> selected(Filters filters) {
        return Set.of();
    }

    @Override
    public boolean isSelected(String value, Filters filters) {
        return filters.dateRangeCovers(first.apply(value).atDay(1), last.apply(value).atEndOfMonth());
    }

    @Override
    public String label(String value, EntityNames names) {
        return labels.apply(value);
    }

    @Override
    public Optional<String> unknownLabel() {
        return Optional.of(unknown);
    }

    @Override
    public List<NamedValue<SortOrder>> order() {
        return NEWEST_FIRST;
    }

    @Override
    public FacetAggregations.Scope scope(String prefix, EntityNames names) {
        return DATE_PREFIX.matcher(prefix.strip()).matches()
                ? new FacetAggregations.Scope(null, prefix.strip() + ".*", false)
                : new FacetAggregations.Scope(List.of(), null, false);
    }
}
