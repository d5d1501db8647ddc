package vn.newsroom.vietnamese.lucene;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;

/**
 * Removes stopwords, comparing normalised forms, so {@code "Của"}, an NFD {@code của} or either
 * tone placement of a word all match. Expects a set built by {@link VietnameseStopwords}. Place it
 * before any folding filter: folded terms would no longer match the marked stopwords.
 */
public final class VietnameseStopFilter extends FilteringTokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    /** Reused scratch copy, so the term itself is left as it came. */
    private final CharTermAttribute normalized = new CharTermAttributeImpl();
    private final CharArraySet stopwords;
    /** Right after {@link VietnameseNormalizeFilter} (as in vi_analyzer) terms need no second normalisation. */
    private final boolean inputNormalized;

    public VietnameseStopFilter(TokenStream input, CharArraySet stopwords) {
        super(input);
        this.stopwords = stopwords;
        this.inputNormalized = input instanceof VietnameseNormalizeFilter;
    }

    @Override
    protected boolean accept() {
        if (inputNormalized) {
            return !stopwords.contains(termAtt.buffer(), 0, termAtt.length());
        }
        normalized.copyBuffer(termAtt.buffer(), 0, termAtt.length());
        VietnameseNormalizeFilter.normalize(normalized);
        return !stopwords.contains(normalized.buffer(), 0, normalized.length());
    }
}
