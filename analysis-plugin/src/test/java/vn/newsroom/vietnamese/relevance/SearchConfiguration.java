package vn.newsroom.vietnamese.relevance;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import vn.newsroom.vietnamese.lucene.TokenizerConfig;
import vn.newsroom.vietnamese.lucene.VietnameseAnalyzer;
import vn.newsroom.vietnamese.lucene.VietnameseFoldingFilter;
import vn.newsroom.vietnamese.lucene.VietnameseNormalizeFilter;
import vn.newsroom.vietnamese.lucene.VietnameseStopFilter;
import vn.newsroom.vietnamese.lucene.VietnameseStopwords;

/**
 * A way of indexing and querying the fixture: every document's text goes into each field, and a
 * query is the sum of one Elasticsearch {@code match} query (analysed terms as SHOULD clauses) per
 * field, weighted by the field's boost.
 */
record SearchConfiguration(String name, List<SearchField> fields) {

    /** Elasticsearch's {@code standard} analyzer (no stopwords by default) on one field. */
    static SearchConfiguration standard() {
        return new SearchConfiguration("standard",
                List.of(new SearchField("text", new StandardAnalyzer(CharArraySet.EMPTY_SET), 1f)));
    }

    /**
     * The service's Vietnamese mapping and query ({@code analysis-vietnamese.json}, {@code SearchService}):
     * marked terms ({@code vi_analyzer}) weigh 3, adjacent folded syllables 2, folded terms 1. The
     * folded field removes stopwords before folding, as the service's {@code article_folded} does.
     */
    static SearchConfiguration vietnamese() {
        var stopwords = VietnameseStopwords.defaults();
        Analyzer folded = chain(source -> new VietnameseFoldingFilter(
                new VietnameseStopFilter(new VietnameseNormalizeFilter(source), stopwords), false));
        Analyzer bigram = chain(source -> new SyllableBigramFilter(
                new VietnameseFoldingFilter(new VietnameseNormalizeFilter(source), false)));
        return new SearchConfiguration("vi", List.of(
                new SearchField("exact", new VietnameseAnalyzer(), 3f),
                new SearchField("bigram", bigram, 2f),
                new SearchField("folded", folded, 1f)));
    }

    Query query(String text) {
        var query = new BooleanQuery.Builder();
        for (SearchField field : fields) {
            Query match = new QueryBuilder(field.analyzer()).createBooleanQuery(field.name(), text);
            if (match != null) { // null when the text yields no term in this field, e.g. one syllable has no bigram
                query.add(new BoostQuery(match, field.boost()), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    /** Analyses each field with its own analyzer when documents are indexed. */
    Analyzer indexAnalyzer() {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return fields.stream()
                        .filter(field -> field.name().equals(fieldName))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no analyzer for field " + fieldName))
                        .analyzer();
            }
        };
    }

    /** An analyzer of the Vietnamese tokenizer followed by the given filters. */
    private static Analyzer chain(UnaryOperator<TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = TokenizerConfig.DEFAULT.newTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }
}
