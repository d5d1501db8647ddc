package vn.newsroom.enrich;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.newsroom.enrich.PhraseMatcher.Kind;
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

    private record TopicRule(Topic topic, PhraseMatcher<Double> keywords) {
    }

    private final PhraseMatcher<Place> places;
    private final List<TopicRule> topicRules;
    private final double threshold;
    private final double titleWeight;

    @Inject
    public ArticleEnricher(CountryCatalog countries, TopicTaxonomy topics) {
        PhraseMatcher.Builder<Place> builder = PhraseMatcher.builder();
        for (Country country : countries.all()) {
            country.textNames().forEach(name -> builder.add(name, country, Kind.NAME));
        }
        for (Organisation organisation : countries.organisations()) {
            organisation.names().forEach(name -> builder.add(name, organisation, Kind.NAME));
        }
        countries.notCountries().forEach(builder::block);
        places = builder.build();
        topicRules = topics.all().stream().map(topic -> new TopicRule(topic, keywordMatcher(topic))).toList();
        threshold = topics.threshold();
        titleWeight = topics.titleWeight();
    }

    private static PhraseMatcher<Double> keywordMatcher(Topic topic) {
        PhraseMatcher.Builder<Double> builder = PhraseMatcher.builder();
        topic.keywords().forEach((phrase, weight) -> builder.add(phrase, weight, Kind.TERM));
        return builder.build();
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
        TokenizedText titleWords = TokenizedText.of(title == null ? "" : title);
        TokenizedText textWords = TokenizedText.of(text == null ? "" : text);
        List<CountryMention> countries = new ArrayList<>();
        List<OrganisationMention> organisations = new ArrayList<>();
        for (Map.Entry<Place, Integer> place : placesByMentions(titleWords, textWords)) {
            switch (place.getKey()) {
                case Country c -> countries.add(new CountryMention(c.code(), c.name(), place.getValue()));
                case Organisation o -> organisations.add(new OrganisationMention(o.id(), o.name(), place.getValue()));
            }
        }
        return new Enrichment(countries, organisations, topics(titleWords, textWords));
    }

    /** Each place found with its number of mentions, most mentioned first, ties in order of first mention. */
    private List<Map.Entry<Place, Integer>> placesByMentions(TokenizedText titleWords, TokenizedText textWords) {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        Stream.of(titleWords, textWords)
                .flatMap(words -> places.find(words).stream())
                .forEach(match -> counts.merge(match.value(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder())) // a stable sort keeps first-mention order
                .toList();
    }

    private List<TopicMatch> topics(TokenizedText titleWords, TokenizedText textWords) {
        return topicRules.stream()
                .map(rule -> new TopicMatch(rule.topic().id(), rule.topic().label(),
                        titleWeight * weightIn(rule, titleWords) + weightIn(rule, textWords)))
                .filter(match -> match.score() >= threshold)
                .sorted(Comparator.comparingDouble(TopicMatch::score).reversed())
                .toList();
    }

    private static double weightIn(TopicRule rule, TokenizedText words) {
        return rule.keywords().find(words).stream().mapToDouble(Match::value).sum();
    }
}
