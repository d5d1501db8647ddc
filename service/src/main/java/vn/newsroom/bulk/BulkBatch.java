package vn.newsroom.bulk;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.newsroom.article.Article;

/** Articles of an upload sent to Elasticsearch in one bulk request, with their positions in the upload. */
record BulkBatch(List<Integer> indices, List<Article> articles) {

    BulkBatch {
        indices = List.copyOf(indices);
        articles = List.copyOf(articles);
    }

    int size() {
        return articles.size();
    }

    Set<String> ids() {
        return articles.stream().map(Article::id).collect(Collectors.toSet());
    }
}
