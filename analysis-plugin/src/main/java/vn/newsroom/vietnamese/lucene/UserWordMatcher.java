package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;

/** Finds the longest {@link UserWords} entry that starts with the syllable just read. */
final class UserWordMatcher {

    private final UserWords words;
    /** Reused scratch for normalising one syllable at a time. */
    private final CharTermAttribute syllable = new CharTermAttributeImpl();

    UserWordMatcher(UserWords words) {
        this.words = words;
    }

    /**
     * Returns how many of the next chars (whitespace and syllables, at most {@code maxChars})
     * complete the longest user word that starts with {@code first}, or 0 if there is none.
     */
    int match(char[] first, int firstLength, LookaheadBuffer text, Reader input, int maxChars) throws IOException {
        syllable.copyBuffer(first, 0, firstLength);
        UserWords.Node node = step(words.root());
        text.fill(input, maxChars + 1);
        int ahead = 0;
        int matched = 0;
        while (node != null && node.hasNext()) {
            int syllableStart = skip(text, ahead, false);
            int syllableEnd = skip(text, syllableStart, true);
            if (syllableStart == ahead || syllableEnd == syllableStart || syllableEnd > maxChars) {
                break;
            }
            text.copyAhead(syllableStart, syllableEnd - syllableStart, syllable);
            node = step(node);
            ahead = syllableEnd;
            if (node != null && node.endsWord()) {
                matched = ahead;
            }
        }
        return matched;
    }

    private UserWords.Node step(UserWords.Node node) {
        VietnameseNormalizeFilter.normalize(syllable);
        return node.next(syllable.buffer(), syllable.length());
    }

    /** The index after the run of syllable chars (or of spaces) that starts at {@code ahead}. */
    private static int skip(LookaheadBuffer text, int ahead, boolean syllableChars) {
        int index = ahead;
        while (index < text.available()) {
            int codePoint = text.codePointAt(index);
            boolean matches = syllableChars
                    ? (index == ahead ? Characters.startsToken(codePoint) : Characters.continuesToken(codePoint))
                    : Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
            if (!matches) {
                break;
            }
            index += Character.charCount(codePoint);
        }
        return index;
    }
}
