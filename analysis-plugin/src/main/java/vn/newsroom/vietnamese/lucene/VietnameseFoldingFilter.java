package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.text.Diacritics;

/**
 * Folds each term as {@link VietnameseText#fold} does (marks stripped, đ → d), on NFC or NFD terms.
 * With {@code preserveOriginal}, a term that changed is followed by its original at the same
 * position, so marked queries can still prefer exact matches.
 */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final boolean preserveOriginal;
    private State original;

    public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
        super(input);
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (original != null) {
            restoreState(original);
            original = null;
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (Diacritics.hasMarks(termAtt)) {
            if (preserveOriginal) {
                original = captureState();
            }
            termAtt.setLength(Diacritics.strip(termAtt.buffer(), termAtt.length()));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        original = null;
    }
}
