package vn.newsroom.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleIds;
import vn.newsroom.article.Published;
import vn.newsroom.enrich.ArticleEnricher;
import vn.newsroom.enrich.CountryMention;
import vn.newsroom.enrich.Enrichment;
import vn.newsroom.enrich.TopicMatch;
import vn.newsroom.enrich.TopicTaxonomy;
import vn.newsroom.ingest.ArticleParser;
import vn.newsroom.ingest.ParsedArticle;

/**
 * Turns raw article text or checked JSON input into the stored article: parsed, then enriched with countries and
 * topics. Both paths meet in one assembly step; JSON input only says more in advance.
 */
@ApplicationScoped
public class ArticleAssembler {

    private final ArticleParser parser;
    private final ArticleEnricher enricher;
    private final TopicTaxonomy taxonomy;
    private final Clock clock = Clock.systemUTC();

    ArticleAssembler(ArticleParser parser, ArticleEnricher enricher, TopicTaxonomy taxonomy) {
        this.parser = parser;
        this.enricher = enricher;
        this.taxonomy = taxonomy;
    }

    /** @param id the article's id, or {@code null} to derive it from the content ({@link ArticleIds}) */
    public Article fromRawText(String id, String raw, String source, String sourceFile) {
        return assemble(id, parser.parse(raw), source, sourceFile, null, null);
    }

    /** The client's title and date win over what the text suggests; a missing date may still come from the text. */
    Article fromInput(CheckedInput input) {
        ParsedArticle text = parser.parseBody(input.body());
        ParsedArticle parsed = new ParsedArticle(input.title(), text.lead(), text.body(), text.captions(),
                text.credits(), input.publishedAt() != null ? input.publishedAt() : text.publishedAt());
        return assemble(input.id(), parsed, input.source(), null, input.url(), input);
    }

    /** @param given JSON input whose countries and topics, when present, replace the ones found; or {@code null} */
    private Article assemble(String id, ParsedArticle parsed, String source, String sourceFile, String url,
            CheckedInput given) {
        Enrichment found = enricher.enrich(parsed);
        Published published = parsed.publishedAt() == null ? null : Published.of(parsed.publishedAt());
        return new Article(id != null ? id : ArticleIds.fromContent(parsed.title(), parsed.body()),
                parsed.title(), parsed.lead(), parsed.body(), parsed.captions(), parsed.credits(), published,
                source, sourceFile, url,
                given == null || given.countries() == null ? found.countries() : givenCountries(given, found),
                found.organisations(),
                given == null || given.topics() == null ? found.topics() : givenTopics(given, found),
                Instant.now(clock));
    }

    /** In the client's order; mentions as counted in the text, 0 for a country the text never names. */
    private static List<CountryMention> givenCountries(CheckedInput given, Enrichment found) {
        return given.countries().stream()
                .map(country -> new CountryMention(country.code(), country.name(), found.countries().stream()
                        .filter(mention -> mention.code().equals(country.code()))
                        .mapToInt(CountryMention::mentions).findFirst().orElse(0)))
                .toList();
    }

    /**
     * In the client's order; a topic's score is its evidence in the text, or the taxonomy's threshold when the text
     * alone would not have earned it, since every stored topic is at least that sure.
     */
    private List<TopicMatch> givenTopics(CheckedInput given, Enrichment found) {
        return given.topics().stream()
                .map(topic -> new TopicMatch(topic.id(), topic.label(), found.topics().stream()
                        .filter(match -> match.id().equals(topic.id()))
                        .mapToDouble(TopicMatch::score).findFirst().orElse(taxonomy.threshold())))
                .toList();
    }
}
