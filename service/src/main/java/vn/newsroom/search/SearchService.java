package vn.newsroom.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import vn.newsroom.documents.Article;
import vn.newsroom.index.IndexConfig;

/** Full-text search over articles. */
@ApplicationScoped
public class SearchService {

    /** Exact-mark matches count most, then adjacent syllables (bigrams), then accent-insensitive matches. */
    private static final float EXACT_BOOST = 3f;
    private static final float BIGRAM_BOOST = 2f;
    private static final float FOLDED_BOOST = 1f;

    private final ElasticsearchClient client;
    private final IndexConfig index;

    SearchService(ElasticsearchClient client, IndexConfig index) {
        this.client = client;
        this.index = index;
    }

    public SearchResponse search(String q, int page, int size) throws IOException {
        var response = client.search(search -> search
                .index(index.alias())
                .query(relevance(q))
                .from((page - 1) * size)
                .size(size)
                .trackTotalHits(total -> total.enabled(true))
                .source(source -> source.filter(filter -> filter.includes("id", "title"))), Article.class);
        List<SearchHit> hits = response.hits().hits().stream().map(SearchService::toHit).toList();
        return new SearchResponse(response.hits().total().value(), response.took(), hits);
    }

    private static Query relevance(String q) {
        return Query.of(query -> query.bool(bool -> bool
                .should(fields(q, "", EXACT_BOOST))
                .should(fields(q, ".bigram", BIGRAM_BOOST))
                .should(fields(q, ".folded", FOLDED_BOOST))
                .minimumShouldMatch("1")));
    }

    /** One analysis of the text fields: the title weighs most, then the lead, the body, the captions. */
    private static Query fields(String q, String subField, float boost) {
        return Query.of(query -> query.multiMatch(match -> match
                .query(q)
                .type(TextQueryType.MostFields)
                .fields("title" + subField + "^3", "lead" + subField + "^2", "body" + subField)
                .boost(boost)));
    }

    private static SearchHit toHit(Hit<Article> hit) {
        Article article = hit.source();
        return new SearchHit(hit.id(), article == null ? null : article.title(), hit.score() == null ? 0 : hit.score());
    }
}
