package vn.newsroom.vietnamese.relevance;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins each pair of adjacent terms with a space and drops the single terms: what the service's
 * {@code shingle} filter (size 2, {@code output_unigrams: false}) does. lucene-analysis-common,
 * home of {@code ShingleFilter}, is not on this module's classpath. Its input here has no stacked
 * terms or position gaps (no stopword removal precedes it), so plain adjacency is enough.
 */
final class SyllableBigramFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final StringBuilder previous = new StringBuilder();
    private int previousStart = -1;

    SyllableBigramFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String current = termAtt.toString();
            int currentStart = offsetAtt.startOffset();
            boolean first = previousStart < 0;
            if (!first) {
                termAtt.setEmpty().append(previous).append(' ').append(current);
                offsetAtt.setOffset(previousStart, offsetAtt.endOffset());
            }
            previous.setLength(0);
            previous.append(current);
            previousStart = currentStart;
            if (!first) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous.setLength(0);
        previousStart = -1;
    }
}
