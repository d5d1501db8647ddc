package vn.newsroom.vietnamese.lucene;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** Analyzers assembled from a tokenizer and a filter chain, for testing one component at a time. */
final class TestAnalyzers {

    private TestAnalyzers() {}

    static Analyzer of(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }

    /** The default tokenizer followed by {@code filters}. */
    static Analyzer withFilters(Function<TokenStream, TokenStream> filters) {
        return of(VietnameseTokenizer::new, filters);
    }
}
