package vn.newsroom.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.newsroom.enrich.Country;
import vn.newsroom.enrich.Topic;
import vn.newsroom.ingest.PublishedDate;
import vn.newsroom.query.AppliedFilters.LabelledValue;

/**
 * Resolved filters, one Elasticsearch query per active {@link Dimension}. Facets need them apart: a facet's counts
 * apply every filter but its own.
 *
 * @param from inclusive lower bound, or {@code null}
 * @param to   inclusive upper bound, or {@code null}
 */
public record Filters(List<Topic> topics, List<Country> countries, PublishedDate from, PublishedDate to,
        List<String> sources) {

    public static final Filters NONE = new Filters(List.of(), List.of(), null, null, List.of());

    public Filters {
        topics = List.copyOf(topics);
        countries = List.copyOf(countries);
        sources = List.copyOf(sources);
    }

    /** Every active filter. */
    public Query all() {
        return combine(byDimension());
    }

    /** Every active filter except those of {@code dimension}: the scope of that dimension's facet counts. */
    public Query allExcept(Dimension dimension) {
        Map<Dimension, Query> others = byDimension();
        others.remove(dimension);
        return combine(others);
    }

    public boolean isEmpty() {
        return byDimension().isEmpty();
    }

    public Set<String> topicIds() {
        return topics.stream().map(Topic::id).collect(Collectors.toSet());
    }

    public Set<String> countryCodes() {
        return countries.stream().map(Country::code).collect(Collectors.toSet());
    }

    /** Whether the date filter is active and takes in every day from {@code first} to {@code last}. */
    public boolean dateRangeCovers(LocalDate first, LocalDate last) {
        return (from != null || to != null)
                && (from == null || !first.isBefore(from.firstDay()))
                && (to == null || !last.isAfter(to.lastDay()));
    }

    public AppliedFilters applied() {
        return new AppliedFilters(
                topics.stream().map(topic -> new LabelledValue(topic.id(), topic.label())).toList(),
                countries.stream().map(country -> new LabelledValue(country.code(), country.name())).toList(),
                from == null ? null : from.toString(),
                to == null ? null : to.toString(),
                sources);
    }

    private Map<Dimension, Query> byDimension() {
        Map<Dimension, Query> queries = new EnumMap<>(Dimension.class);
        if (!topics.isEmpty()) {
            queries.put(Dimension.TOPIC, terms("topics.id", topics.stream().map(Topic::id).toList()));
        }
        if (!countries.isEmpty()) {
            queries.put(Dimension.COUNTRY, terms("countries.code", countries.stream().map(Country::code).toList()));
        }
        if (from != null || to != null) {
            queries.put(Dimension.DATE, publishedWithin());
        }
        if (!sources.isEmpty()) {
            queries.put(Dimension.SOURCE, terms("source", sources));
        }
        return queries;
    }

    /** The article's date covers a period; it matches when that period and the requested one overlap. */
    private Query publishedWithin() {
        return Query.of(q -> q.bool(bool -> {
            if (from != null) {
                bool.filter(f -> f.range(range -> range.date(date -> date.field("published.to")
                        .gte(from.firstDay().toString()))));
            }
            if (to != null) {
                bool.filter(f -> f.range(range -> range.date(date -> date.field("published.from")
                        .lte(to.lastDay().toString()))));
            }
            return bool;
        }));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(terms -> terms.field(field).terms(t -> t.value(fieldValues))));
    }

    private static Query combine(Map<Dimension, Query> queries) {
        return queries.isEmpty()
                ? Query.of(q -> q.matchAll(all -> all))
                : Query.of(q -> q.bool(bool -> bool.filter(List.copyOf(queries.values()))));
    }
}
