package vn.newsroom.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import vn.newsroom.enrich.ArticleEnricher;
import vn.newsroom.enrich.Enrichment;
import vn.newsroom.ingest.ArticleParser;
import vn.newsroom.ingest.ParsedArticle;

/** Turns raw article text into the stored article: parsed, then enriched with countries and topics. */
@ApplicationScoped
public class ArticleAssembler {

    private final ArticleParser parser;
    private final ArticleEnricher enricher;
    private final Clock clock = Clock.systemUTC();

    ArticleAssembler(ArticleParser parser, ArticleEnricher enricher) {
        this.parser = parser;
        this.enricher = enricher;
    }

    public Article fromRawText(String id, String raw, String source, String sourceFile) {
        ParsedArticle parsed = parser.parse(raw);
        Enrichment enrichment = enricher.enrich(parsed);
        Published published = parsed.publishedAt() == null ? null : Published.of(parsed.publishedAt());
        return new Article(id, parsed.title(), parsed.lead(), parsed.body(), parsed.captions(), parsed.credits(),
                published, source, sourceFile, null, enrichment.countries(), enrichment.organisations(),
                enrichment.topics(), Instant.now(clock));
    }
}
