package vn.newsroom.article;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.util.List;

/**
 * The alias that articles are read and written through, and what a write through it owes the index behind it: a
 * reindex repeats it on the index it fills. The index life cycle ({@code index}) implements it, so the article model
 * knows no index version, alias swap or reindex.
 */
public interface ArticleAlias {

    /** The alias's name; the concrete index behind it changes with every reindex. */
    String name();

    /** After {@code article} was written through the alias and got {@code version}; visible to search on return. */
    void indexed(Article article, long version) throws IOException;

    /** After an article was deleted through the alias; {@code version} is the delete's. */
    void deleted(String id, long version) throws IOException;

    /** After a bulk request through the alias, whose items answer {@code articles} in order. */
    void indexedAll(List<Article> articles, BulkResponse response) throws IOException;
}
