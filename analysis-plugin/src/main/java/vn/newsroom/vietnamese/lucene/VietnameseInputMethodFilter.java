package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.newsroom.vietnamese.text.InputMethod;

/**
 * For search text typed with a Vietnamese input method switched off: after a term that is not a
 * Vietnamese syllable but decodes to one ({@code vieetj}, {@code vie6t5}), adds that syllable
 * ({@code việt}) at the same position and offsets, with type {@link #TYPE}; the term itself stays.
 * See {@link InputMethod#decode}. The decoded term is lowercase with canonical tones, as
 * {@link VietnameseNormalizeFilter} writes it; put this filter after that one and before
 * {@link VietnameseFoldingFilter}, so the decoded term folds too.
 */
public final class VietnameseInputMethodFilter extends TokenFilter {

    public static final String TYPE = "<INPUT_METHOD>";

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Set<InputMethod> methods;
    private State typed;
    private String decoded;

    /** @param methods the input methods whose leftovers are decoded */
    public VietnameseInputMethodFilter(TokenStream input, Set<InputMethod> methods) {
        super(input);
        this.methods = Set.copyOf(methods);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (decoded != null) {
            restoreState(typed);
            termAtt.setEmpty().append(decoded);
            posIncAtt.setPositionIncrement(0);
            typeAtt.setType(TYPE);
            decoded = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        decoded = InputMethod.decode(termAtt, methods);
        if (decoded != null) {
            typed = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        typed = null;
        decoded = null;
    }
}
