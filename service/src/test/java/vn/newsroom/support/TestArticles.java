package vn.newsroom.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.newsroom.documents.Article;
import vn.newsroom.documents.ArticleRepository;
import vn.newsroom.documents.Published;
import vn.newsroom.enrich.CountryMention;
import vn.newsroom.enrich.TopicMatch;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.ingest.PublishedDate;

/**
 * Articles that a test writes itself, so that what it counts is what it controls. Each test class takes its own
 * {@link #uniqueSource source} and filters by it.
 */
@ApplicationScoped
public class TestArticles {

    private final ArticleRepository repository;
    private final IndexConfig index;

    TestArticles(ArticleRepository repository, IndexConfig index) {
        this.repository = repository;
        this.index = index;
    }

    /** Writes the articles in one request; they are searchable when it returns. */
    public void saveAll(Article... articles) throws IOException {
        var response = repository.saveAll(index.alias(), List.of(articles));
        if (response.errors()) {
            throw new IllegalStateException("Test articles rejected: " + response.items());
        }
    }

    /** A source value no other test uses, e.g. {@code test-facets-1a2b3c4d}. */
    public static String uniqueSource(String purpose) {
        return "test-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An article with the given text and enrichment; {@code published} is YYYY, YYYY-MM, YYYY-MM-DD or null, countries
     * are {@code "LA:Lào"} pairs and topics {@code "south-china-sea:Biển Đông"} pairs.
     */
    public static Article article(String id, String source, String title, String body, String published,
            List<String> countries, List<String> topics) {
        return new Article(id, title, body, body, List.of(), List.of(),
                published == null ? null : Published.of(PublishedDate.parse(published)), source, null, null,
                countries.stream().map(pair -> pair.split(":", 2))
                        .map(pair -> new CountryMention(pair[0], pair[1], 1)).toList(),
                List.of(),
                topics.stream().map(pair -> pair.split(":", 2)).map(pair -> new TopicMatch(pair[0], pair[1], 1.0)).toList(),
                Instant.now());
    }
}
