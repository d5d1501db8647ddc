package vn.newsroom.facets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.newsroom.query.Dimension;

/** A facet: a field whose values are counted, and the filter dimension that a selection of its values sets. */
public enum Facet {
    TOPIC("topics.id", Dimension.TOPIC),
    COUNTRY("countries.code", Dimension.COUNTRY),
    YEAR("published.year", Dimension.DATE),
    MONTH("published.month", Dimension.DATE);

    /** Every facet name, as accepted by the API. */
    public static final String NAMES = Arrays.stream(values()).map(Facet::id).collect(Collectors.joining(", "));

    private final String field;
    private final Dimension dimension;

    Facet(String field, Dimension dimension) {
        this.field = field;
        this.dimension = dimension;
    }

    /** The name in the API: {@code topic}, {@code country}, {@code year}, {@code month}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String field() {
        return field;
    }

    Dimension dimension() {
        return dimension;
    }

    /** Date facets list the newest period first and count articles without a date in their own bucket. */
    boolean isDate() {
        return dimension == Dimension.DATE;
    }

    public static Optional<Facet> byId(String id) {
        return Arrays.stream(values()).filter(facet -> facet.id().equals(id)).findFirst();
    }
}
