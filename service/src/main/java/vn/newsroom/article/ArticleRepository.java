package vn.newsroom.article;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.newsroom.telemetry.IngestMetrics;

/** Reads and writes articles by id through the alias; the alias repeats writes where a reindex needs them. */
@ApplicationScoped
public class ArticleRepository {

    private final ElasticsearchClient client;
    private final ArticleAlias alias;
    private final IngestMetrics metrics;

    ArticleRepository(ElasticsearchClient client, ArticleAlias alias, IngestMetrics metrics) {
        this.client = client;
        this.alias = alias;
        this.metrics = metrics;
    }

    public Optional<Article> find(String id) throws IOException {
        var response = client.get(get -> get.index(alias.name()).id(id), Article.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /**
     * Creates or replaces; visible to search when this returns. Writes require the alias, so a write while it is
     * missing fails instead of auto-creating a plain index under the alias's name.
     *
     * @return whether the article is new ({@code false}: it replaced one with the same id)
     */
    public boolean save(Article article) throws IOException {
        var response = client.index(index -> index.index(alias.name()).id(article.id()).document(article)
                .requireAlias(true).refresh(Refresh.WaitFor));
        alias.indexed(article, response.version());
        return response.result() == Result.Created;
    }

    /** @return whether there was an article to delete */
    public boolean delete(String id) throws IOException {
        var response = client.delete(delete -> delete.index(alias.name()).id(id).refresh(Refresh.WaitFor));
        if (response.result() == Result.Deleted) {
            alias.deleted(id, response.version());
        }
        return response.result() == Result.Deleted;
    }

    /**
     * Writes all articles to {@code index} (an alias or a concrete index) in one bulk request; searchable after the
     * next refresh ({@link #refresh}), so that many batches cost one refresh, not one each.
     */
    public BulkResponse saveAll(String index, List<Article> articles) throws IOException {
        List<BulkOperation> operations = articles.stream()
                .map(article -> BulkOperation.of(op -> op.index(write -> write.id(article.id()).document(article))))
                .toList();
        boolean throughAlias = index.equals(alias.name());
        BulkResponse response = client.bulk(bulk -> bulk.index(index).operations(operations).requireAlias(throughAlias));
        metrics.recorded(response);
        if (throughAlias) {
            alias.indexedAll(articles, response);
        }
        return response;
    }

    /** Makes everything written to {@code index} (an alias or a concrete index) so far visible to search. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(refresh -> refresh.index(index));
    }
}
