package vn.newsroom.vietnamese.lucene;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** {@link VietnameseTokenizer} and {@link VietnameseNormalizeFilter}, then the filters a subclass gives. */
abstract class NormalizingAnalyzer extends Analyzer {

    private final TokenizerConfig tokenizer;
    private final UnaryOperator<TokenStream> termFilters;
    private final UnaryOperator<TokenStream> queryTermFilters;

    /**
     * @param termFilters applied to the normalised terms of indexed and query text
     * @param queryTermFilters applied to the single normalised term of a prefix, wildcard or fuzzy query
     */
    NormalizingAnalyzer(
            TokenizerConfig tokenizer, UnaryOperator<TokenStream> termFilters, UnaryOperator<TokenStream> queryTermFilters) {
        this.tokenizer = tokenizer;
        this.termFilters = termFilters;
        this.queryTermFilters = queryTermFilters;
    }

    @Override
    protected final TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.newTokenizer();
        return new TokenStreamComponents(source, termFilters.apply(new VietnameseNormalizeFilter(source)));
    }

    @Override
    protected final TokenStream normalize(String fieldName, TokenStream in) {
        return queryTermFilters.apply(new VietnameseNormalizeFilter(in));
    }
}
