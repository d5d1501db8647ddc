package vn.newsroom.enrich;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.newsroom.enrich.PhraseMatcher.Match;
import vn.newsroom.ingest.ParsedArticle;

/**
 * Tags an article with the countries, organisations/regions and topics it is about.
 *
 * <p>Countries and organisations are found by name, alias or city with {@link PhraseMatcher}'s
 * rules (whole words, longest name first, marks and capitals respected); each mention counts once,
 * in the title as in the text. A topic's score is the sum of its keywords' weights over their
 * occurrences, title occurrences counting {@link TopicTaxonomy#titleWeight()} times; topics below
 * {@link TopicTaxonomy#threshold()} are left out, so a single passing mention does not tag an
 * article. Deterministic: ties keep the order of first mention (places) or of the taxonomy (topics).
 */
@Singleton
public class ArticleEnricher {

    /** What a phrase of the one shared matcher stands for. */
    private sealed interface Term permits PlaceName, Keyword {
    }

    private record PlaceName(Place place) implements Term {
    }

    /** @param topic the topic's position in {@link #topics} */
    private record Keyword(int topic, double weight) implements Term {
    }

    /** Places, then each topic's keywords, each a vocabulary of its own: one pass over the words finds them all. */
    private final PhraseMatcher<Term> terms;
    private final List<Topic> topics;
    private final double threshold;
    private final double titleWeight;

    @Inject
    public ArticleEnricher(CountryCatalog countries, TopicTaxonomy taxonomy) {
        PhraseMatcher.Builder<Term> builder = PhraseMatcher.builder();
        for (Country country : countries.all()) {
            country.textNames().forEach(name -> builder.add(name, new PlaceName(country), PhraseKind.NAME));
        }
        for (Organisation organisation : countries.organisations()) {
            organisation.names().forEach(name -> builder.add(name, new PlaceName(organisation), PhraseKind.NAME));
        }
        countries.notCountries().forEach(builder::block);
        topics = taxonomy.all();
        for (int i = 0; i < topics.size(); i++) {
            int topic = i;
            builder.newVocabulary();
            topics.get(i).keywords().forEach((phrase, weight) -> builder.add(phrase, new Keyword(topic, weight), PhraseKind.TERM));
        }
        terms = builder.build();
        threshold = taxonomy.threshold();
        titleWeight = taxonomy.titleWeight();
    }

    /** Enriches a parsed article from its title and body; captions and credits are not its own text. */
    public Enrichment enrich(ParsedArticle article) {
        return enrich(article.title(), article.body());
    }

    /**
     * @param title the headline, or {@code null}
     * @param text  the article text, or {@code null}
     */
    public Enrichment enrich(String title, String text) {
        List<Term> inTitle = termsIn(title);
        List<Term> inText = termsIn(text);
        List<CountryMention> countries = new ArrayList<>();
        List<OrganisationMention> organisations = new ArrayList<>();
        for (Map.Entry<Place, Integer> place : placesByMentions(inTitle, inText)) {
            switch (place.getKey()) {
                case Country c -> countries.add(new CountryMention(c.code(), c.name(), place.getValue()));
                case Organisation o -> organisations.add(new OrganisationMention(o.id(), o.name(), place.getValue()));
            }
        }
        return new Enrichment(countries, organisations, topics(inTitle, inText));
    }

    private List<Term> termsIn(String text) {
        return terms.find(TokenizedText.of(text == null ? "" : text)).stream().map(Match::value).toList();
    }

    /** Each place found with its number of mentions, most mentioned first, ties in order of first mention. */
    private static List<Map.Entry<Place, Integer>> placesByMentions(List<Term> inTitle, List<Term> inText) {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        Stream.of(inTitle, inText).flatMap(List::stream).forEach(term -> {
            if (term instanceof PlaceName(Place place)) {
                counts.merge(place, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())) // a stable sort keeps first-mention order
                .toList();
    }

    private List<TopicMatch> topics(List<Term> inTitle, List<Term> inText) {
        double[] title = weights(inTitle);
        double[] text = weights(inText);
        return IntStream.range(0, topics.size())
                .mapToObj(i -> new TopicMatch(topics.get(i).id(), topics.get(i).label(), titleWeight * title[i] + text[i]))
                .filter(match -> match.score() >= threshold)
                .sorted(Comparator.comparingDouble(TopicMatch::score).reversed())
                .toList();
    }

    /** Each topic's keyword weights summed over their occurrences, in order of occurrence. */
    private double[] weights(List<Term> found) {
        double[] weights = new double[topics.size()];
        for (Term term : found) {
            if (term instanceof Keyword(int topic, double weight)) {
                weights[topic] += weight;
            }
        }
        return weights;
    }
}
