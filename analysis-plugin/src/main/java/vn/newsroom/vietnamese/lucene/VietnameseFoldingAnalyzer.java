package vn.newsroom.vietnamese.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Accent-insensitive Vietnamese terms for folded sub-fields and search-as-you-type:
 * {@link VietnameseTokenizer}, {@link VietnameseNormalizeFilter} and {@link VietnameseFoldingFilter},
 * without stopword removal (a folded "ma" may be "mà", a stopword, or "má", "mã"). This is
 * {@code vi_folding_analyzer}.
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {

    private final TokenizerConfig tokenizer;
    private final boolean preserveOriginal;

    /** The default tokenizer; folded terms only. */
    public VietnameseFoldingAnalyzer() {
        this(TokenizerConfig.DEFAULT, false);
    }

    public VietnameseFoldingAnalyzer(TokenizerConfig tokenizer, boolean preserveOriginal) {
        this.tokenizer = tokenizer;
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.newTokenizer();
        TokenStream normalized = new VietnameseNormalizeFilter(source);
        return new TokenStreamComponents(source, new VietnameseFoldingFilter(normalized, preserveOriginal));
    }

    /** Query terms of prefix, wildcard and fuzzy queries fold too (one term each, so no original). */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(new VietnameseNormalizeFilter(in), false);
    }
}
