package vn.newsroom.vietnamese.lucene;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Marked Vietnamese search terms: {@link VietnameseTokenizer}, {@link VietnameseNormalizeFilter}
 * (lowercase, NFC, canonical tones) and {@link VietnameseStopFilter}. This is {@code vi_analyzer}.
 * A prefix or wildcard query term is kept even if it is a stopword ("và*" should still expand).
 */
public final class VietnameseAnalyzer extends NormalizingAnalyzer {

    /** The default tokenizer and stopword list. */
    public VietnameseAnalyzer() {
        this(TokenizerConfig.DEFAULT, VietnameseStopwords.defaults());
    }

    public VietnameseAnalyzer(TokenizerConfig tokenizer, CharArraySet stopwords) {
        super(tokenizer, normalized -> new VietnameseStopFilter(normalized, stopwords), UnaryOperator.identity());
    }
}
