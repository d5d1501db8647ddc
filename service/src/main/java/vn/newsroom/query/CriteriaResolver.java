package vn.newsroom.query;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import vn.newsroom.enrich.CountryCatalog;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.PublishedDate;
import vn.newsroom.problem.InvalidParameterException;

/** Turns request parameters into {@link Criteria}; anything it cannot understand is a 400 naming the parameter. */
@ApplicationScoped
public class CriteriaResolver {

    private final CountryCatalog countries;
    private final TopicTaxonomy topics;
    private final QueryConfig config;

    CriteriaResolver(CountryCatalog countries, TopicTaxonomy topics, QueryConfig config) {
        this.countries = countries;
        this.topics = topics;
        this.config = config;
    }

    /** @param match {@code all}, {@code most} or {@code any}; blank or {@code null} for {@code most} */
    public Criteria resolve(String q, String match, FilterParams params) {
        ParsedQuery query = QueryParser.parse(q, config.maxOperands());
        FilterParams p = params == null ? FilterParams.NONE : params;
        PublishedDate from = date("from", p.from());
        PublishedDate to = date("to", p.to());
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new InvalidParameterException("to", "to (" + to + ") is before from (" + from + ").");
        }
        MatchStrategy strategy = strategy(match);
        if (strategy == MatchStrategy.MOST && query.wordCount() >= config.pastedTextWords()) {
            // a pasted headline's quotes are its own punctuation ("scare quotes"), not a phrase the user asked for
            query = query.loosened();
        }
        return new Criteria(query, strategy, new Filters(
                resolveAll("topic", p.topic(), topics::resolve, "GET /api/v1/topics lists them"),
                resolveAll("country", p.country(), countries::resolve, "use an ISO code such as LA or a name such as Lào"),
                from, to,
                values("source", p.source()).stream().map(Text::clean).distinct().toList()));
    }

    private static MatchStrategy strategy(String match) {
        if (match == null || match.isBlank()) {
            return MatchStrategy.MOST;
        }
        return MatchStrategy.byId(match.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidParameterException(
                "match", "Unknown match '" + Text.clean(match) + "'; use " + MatchStrategy.NAMES + "."));
    }

    private static <T> List<T> resolveAll(String parameter, List<String> values, Function<String, Optional<T>> resolver,
            String hint) {
        return values(parameter, values).stream()
                .map(value -> resolver.apply(value).orElseThrow(() -> new InvalidParameterException(parameter,
                        "Unknown " + parameter + " '" + Text.clean(value) + "'; " + hint + ".")))
                .distinct()
                .toList();
    }

    private static PublishedDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PublishedDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, Text.clean(e.getMessage()));
        }
    }

    /** Blank values are absent ones: an empty form field filters nothing. */
    private static List<String> values(String parameter, List<String> values) {
        List<String> present = values == null ? List.of()
                : values.stream().filter(Objects::nonNull).filter(value -> !value.isBlank()).toList();
        if (present.stream().anyMatch(value -> value.length() > FilterParams.MAX_LENGTH)) {
            throw new InvalidParameterException(parameter, "A " + parameter + " value is longer than "
                    + FilterParams.MAX_LENGTH + " characters.");
        }
        return present;
    }
}
