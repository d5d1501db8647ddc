package vn.newsroom.facets;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.newsroom.query.Dimension;
import vn.newsroom.query.Filters;
import vn.newsroom.taxonomy.EntityNames.Kind;

/**
 * Every facet, each defined here alone: the field whose values are counted and how its values are selected, labelled
 * and narrowed ({@link FacetKind}). The API's facet names, its validation and its description read them from here.
 */
public enum Facet {
    TOPIC("topics.id", new EntityFacet(Dimension.TOPIC, Kind.TOPIC, Filters::topicIds)),
    COUNTRY("countries.code", new EntityFacet(Dimension.COUNTRY, Kind.COUNTRY, Filters::countryCodes)),
    YEAR("published.year", new DateFacet("Không rõ năm", year -> "Năm " + year,
            year -> Year.parse(year).atMonth(Month.JANUARY), year -> Year.parse(year).atMonth(Month.DECEMBER))),
    MONTH("published.month", new DateFacet("Không rõ tháng",
            month -> "Tháng %d/%d".formatted(YearMonth.parse(month).getMonthValue(), YearMonth.parse(month).getYear()),
            YearMonth::parse, YearMonth::parse));

    /** Every facet name, as accepted by the API. */
    public static final List<String> IDS = Arrays.stream(values()).map(Facet::id).toList();
    /** The names as a sentence lists them. */
    public static final String NAMES = IDS.stream().collect(Collectors.joining(", "));

    private final String field;
    private final FacetKind kind;

    Facet(String field, FacetKind kind) {
        this.field = field;
        this.kind = kind;
    }

    /** The name in the API: {@code topic}, {@code country}, {@code year}, {@code month}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String field() {
        return field;
    }

    FacetKind kind() {
        return kind;
    }

    public static Optional<Facet> byId(String id) {
        return Arrays.stream(values()).filter(facet -> facet.id().equals(id)).findFirst();
    }
}
