package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits Vietnamese text into syllables, numbers and other letter/digit runs, leaving the text
 * itself untouched (no case or Unicode normalisation) so that offsets always point into the
 * original characters.
 *
 * <ul>
 *   <li>A token is a run of letters, digits and combining marks: marks of NFD input stay inside
 *       the syllable they follow ({@code "Vie\u0323\u0302t"} is one token).
 *   <li>Inside a number, {@code . , / :} between two digits are kept: {@code 1.000}, {@code 3,5},
 *       {@code 28/10}, {@code 26/10/2024}, {@code 10:30} are single tokens.
 *   <li>Every other character separates tokens, including hyphens and dots between letters. So
 *       {@code Timor-Leste}, {@code Covid-19}, {@code AMM-58} and {@code TP.HCM} yield their parts as
 *       consecutive tokens, exactly as if written with a space: a phrase query for "Timor Leste",
 *       "covid 19" or "TP HCM" matches, and so does a search for one part ("HCM"). Ranges such as
 *       {@code 26-28/10} become {@code 26}, {@code 28/10}; a score or date {@code 8-7} becomes
 *       {@code 8}, {@code 7}.
 *   <li>Tokens longer than {@code maxTokenLength} chars are cut into pieces of that length.
 *   <li>Optional {@link UserWords}: a known multi-syllable word ({@code Hà Nội}, {@code Đông Nam Á})
 *       becomes one token with the original text, spaces included, and offsets spanning the word.
 *       Matching ignores case, composition and tone placement; the longest known word wins.
 * </ul>
 */
public final class VietnameseTokenizer extends Tokenizer {

    public static final int DEFAULT_MAX_TOKEN_LENGTH = 255;
    /** A joiner and the code point after it, which may be a surrogate pair. */
    private static final int LOOKAHEAD = 3;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final int maxTokenLength;
    private final LookaheadBuffer text;
    private final UserWordMatcher userWords;

    public VietnameseTokenizer() {
        this(DEFAULT_MAX_TOKEN_LENGTH, UserWords.NONE);
    }

    public VietnameseTokenizer(int maxTokenLength, UserWords userWords) {
        if (maxTokenLength < 2) {
            throw new IllegalArgumentException("maxTokenLength must be at least 2 (one surrogate pair), got " + maxTokenLength);
        }
        this.maxTokenLength = maxTokenLength;
        // A user word is looked for within maxTokenLength chars ahead.
        this.text = new LookaheadBuffer(Math.max(4096, 2 * maxTokenLength + LOOKAHEAD));
        this.userWords = userWords.isEmpty() ? null : new UserWordMatcher(userWords);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!skipToTokenStart()) {
            return false;
        }
        int start = text.offset();
        char[] term = termAtt.resizeBuffer(maxTokenLength);
        int length = 0;
        boolean afterDigit = false;
        while (text.fill(input, LOOKAHEAD)) {
            int codePoint = text.codePointAt(0);
            int width = Character.charCount(codePoint);
            if (length + width > maxTokenLength) {
                break;
            }
            if (Characters.continuesToken(codePoint)) {
                afterDigit = Characters.isDigit(codePoint);
            } else if (afterDigit && Characters.isNumberJoiner(codePoint) && startsWithDigit(width)) {
                afterDigit = false;
            } else {
                break;
            }
            length += text.copyTo(term, length, width);
        }
        if (userWords != null) {
            length += text.copyTo(term, length, userWords.match(term, length, text, input, maxTokenLength - length));
        }
        termAtt.setLength(length);
        offsetAtt.setOffset(correctOffset(start), correctOffset(text.offset()));
        return true;
    }

    private boolean skipToTokenStart() throws IOException {
        while (text.fill(input, LOOKAHEAD)) {
            int codePoint = text.codePointAt(0);
            if (Characters.startsToken(codePoint)) {
                return true;
            }
            text.advance(Character.charCount(codePoint));
        }
        return false;
    }

    private boolean startsWithDigit(int ahead) {
        return text.available() > ahead && Characters.isDigit(text.codePointAt(ahead));
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(text.offset());
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.clear();
    }
}
