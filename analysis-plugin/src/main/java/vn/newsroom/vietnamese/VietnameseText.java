package vn.newsroom.vietnamese;

import java.text.Normalizer;
import vn.newsroom.vietnamese.text.Diacritics;
import vn.newsroom.vietnamese.text.Normalization;

/**
 * Vietnamese text normalisation shared by the analysis plugin and by callers outside
 * Elasticsearch (it has no Lucene or Elasticsearch dependency). The analyzers produce exactly these
 * forms, so a string passed through {@link #normalize} or {@link #foldKey} compares equal to the
 * indexed terms.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /**
     * Unicode NFC, lowercase (Locale.ROOT rules, so {@code Đ → đ}) and one canonical tone-mark
     * placement for syllables ending in oa, oe or uy: the mark goes on the second, main vowel, so
     * {@code hòa → hoà}, {@code khỏe → khoẻ}, {@code thủy → thuỷ}, {@code ủy → uỷ}. That "new style"
     * is chosen because it is the placement closed syllables already use ({@code hoàng, thuyền}),
     * so the tone always sits on the main vowel. {@code quý} and syllables where another letter
     * follows ({@code hoài, thuyền}) are unchanged. Accepts NFD input.
     */
    public static String normalize(CharSequence text) {
        char[] chars = compose(text.toString()).toCharArray();
        Normalization.lowercaseWithCanonicalTones(chars, chars.length);
        return new String(chars);
    }

    /** Unicode NFC: the text itself, not copied, when it is certainly composed already, as news text almost always is. */
    public static String compose(String text) {
        return Normalization.mayNeedComposition(text) ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
    }

    /**
     * Strips every tone and vowel mark ({@code ệ → e}, {@code ư → u}), maps {@code đ → d} and
     * {@code Đ → D}, and keeps case otherwise. Gives the same result for NFC and NFD input.
     */
    public static String fold(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        int length = Diacritics.strip(chars, chars.length);
        return new String(chars, 0, length);
    }

    /**
     * Whether {@link #fold} would change the text: it carries a mark or {@code đ} somewhere. Stops at the first one
     * instead of building the folded copy.
     */
    public static boolean hasMarks(CharSequence text) {
        return Diacritics.hasMarks(text);
    }

    /** Lowercase, mark-free key for accent-insensitive matching: {@code fold(normalize(text))}. */
    public static String foldKey(CharSequence text) {
        return fold(normalize(text));
    }
}
