package vn.newsroom.vietnamese.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * Marked Vietnamese search terms: {@link VietnameseTokenizer}, {@link VietnameseNormalizeFilter}
 * (lowercase, NFC, canonical tones) and {@link VietnameseStopFilter}. This is {@code vi_analyzer}.
 */
public final class VietnameseAnalyzer extends Analyzer {

    private final TokenizerConfig tokenizer;
    private final CharArraySet stopwords;

    /** The default tokenizer and stopword list. */
    public VietnameseAnalyzer() {
        this(TokenizerConfig.DEFAULT, VietnameseStopwords.defaults());
    }

    public VietnameseAnalyzer(TokenizerConfig tokenizer, CharArraySet stopwords) {
        this.tokenizer = tokenizer;
        this.stopwords = stopwords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.newTokenizer();
        TokenStream normalized = new VietnameseNormalizeFilter(source);
        return new TokenStreamComponents(source, new VietnameseStopFilter(normalized, stopwords));
    }

    /** Prefix, wildcard and fuzzy query terms get the same normalisation as indexed terms. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseNormalizeFilter(in);
    }
}
