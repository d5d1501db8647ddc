package vn.newsroom.related;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import vn.newsroom.article.Article;
import vn.newsroom.documents.ArticleNotFoundException;
import vn.newsroom.index.IndexConfig;
import vn.newsroom.search.Highlighting;
import vn.newsroom.search.HitMapper;

/** Articles that share the most characteristic words of an article ({@code more_like_this}). */
@ApplicationScoped
public class RelatedService {

    /** Related articles explain themselves by their titles; marking the shared terms would only add noise. */
    private static final Query NOTHING_TO_MARK = Query.of(q -> q.matchNone(none -> none));

    private final ElasticsearchClient client;
    private final IndexConfig index;
    private final RelatedConfig config;
    private final Highlighting highlighting;
    private final HitMapper hits;

    RelatedService(ElasticsearchClient client, IndexConfig index, RelatedConfig config, Highlighting highlighting,
            HitMapper hits) {
        this.client = client;
        this.index = index;
        this.config = config;
        this.highlighting = highlighting;
        this.hits = hits;
    }

    public RelatedArticles related(String id, Integer size) throws IOException {
        // more_like_this ignores an unknown id silently; the caller deserves a 404
        if (!client.exists(exists -> exists.index(index.alias()).id(id)).value()) {
            throw new ArticleNotFoundException(id);
        }
        var response = client.search(search -> search
                .index(index.alias())
                .size(size == null ? config.defaultSize() : size)
                .query(q -> q.moreLikeThis(like -> like
                        .fields("title", "lead", "body")
                        .like(l -> l.document(document -> document.index(index.alias()).id(id)))
                        .minTermFreq(config.minTermFreq())
                        .minDocFreq(config.minDocFreq())
                        .maxQueryTerms(config.maxQueryTerms())
                        .minimumShouldMatch(config.minimumShouldMatch())))
                .source(HitMapper.SOURCE)
                .highlight(highlighting.request(NOTHING_TO_MARK)), Article.class);
        return new RelatedArticles(id, response.hits().hits().stream().map(hits::toHit).toList());
    }
}
