package vn.newsroom.support;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.article.Published;
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
        repository.refresh(index.alias());
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

    /** Removes what a test wrote, so other tests' counts stay theirs (the test cluster lacks _delete_by_query). */
    public static void deleteBySource(ElasticsearchClient client, String alias, String source) throws IOException {
        while (true) {
            List<String> ids = client.search(search -> search.index(alias).size(1000).source(none -> none.fetch(false))
                            .query(query -> query.term(term -> term.field("source").value(source))), Void.class)
                    .hits().hits().stream().map(hit -> hit.id()).toList();
            if (ids.isEmpty()) {
                return;
            }
            client.bulk(bulk -> bulk.index(alias).refresh(Refresh.True).operations(ids.stream()
                    .map(id -> BulkOperation.of(op -> op.delete(delete -> delete.id(id)))).toList()));
        }
    }
}
