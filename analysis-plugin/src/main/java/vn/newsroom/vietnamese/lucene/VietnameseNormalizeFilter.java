package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.newsroom.vietnamese.VietnameseText;
import vn.newsroom.vietnamese.text.Normalization;

/** Rewrites each term to {@link VietnameseText#normalize}'s form: NFC, lowercase, canonical tone placement. */
public final class VietnameseNormalizeFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    public VietnameseNormalizeFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        normalize(termAtt);
        return true;
    }

    /** Normalises a term in place; allocates only for the rare terms that need composing. */
    static void normalize(CharTermAttribute term) {
        if (Normalization.mayNeedComposition(term)) {
            String composed = Normalizer.normalize(term, Normalizer.Form.NFC);
            term.setEmpty().append(composed);
        }
        Normalization.lowercaseWithCanonicalTones(term.buffer(), term.length());
    }
}
