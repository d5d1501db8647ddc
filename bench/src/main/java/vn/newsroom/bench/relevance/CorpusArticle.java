package vn.newsroom.bench.relevance;

/** One article of a relevance corpus: its headline is the query, its body is what gets indexed. */
public record CorpusArticle(String headline, String body) {
}
