package vn.newsroom.documents;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.newsroom.index.IndexConfig;

/** Reads and writes articles by id through the alias. */
@ApplicationScoped
public class ArticleRepository {

    private final ElasticsearchClient client;
    private final IndexConfig config;

    ArticleRepository(ElasticsearchClient client, IndexConfig config) {
        this.client = client;
        this.config = config;
    }

    public Optional<Article> find(String id) throws IOException {
        var response = client.get(get -> get.index(config.alias()).id(id), Article.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /**
     * Creates or replaces; visible to search when this returns. Writes require the alias, so a write while it is
     * missing fails instead of auto-creating a plain index under the alias's name.
     */
    public void save(Article article) throws IOException {
        client.index(index -> index.index(config.alias()).id(article.id()).document(article)
                .requireAlias(true).refresh(Refresh.WaitFor));
    }

    /** Writes all articles to {@code index} (an alias or a concrete index) in one bulk request, visible when it returns. */
    public BulkResponse saveAll(String index, List<Article> articles) throws IOException {
        List<BulkOperation> operations = articles.stream()
                .map(article -> BulkOperation.of(op -> op.index(write -> write.id(article.id()).document(article))))
                .toList();
        return client.bulk(bulk -> bulk.index(index).operations(operations)
                .requireAlias(index.equals(config.alias())).refresh(Refresh.WaitFor));
    }
}
