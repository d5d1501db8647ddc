package vn.newsroom.vietnamese.text;

/**
 * The steps of Vietnamese normalisation that work on a char buffer in place: lowercasing and the
 * canonical tone placement of {@link ToneMarks}. Composition (NFC) may change the length, so it is
 * left to the caller, with {@link #mayNeedComposition} to skip it for the common precomposed case.
 */
public final class Normalization {

    private Normalization() {}

    /**
     * Returns false only when NFC is certainly a no-op: every char is {@linkplain #staysComposed composed
     * whatever surrounds it}. Anything else (NFD marks, other scripts) needs the real normaliser. Reads the
     * chars where they are (a term's buffer, a whole text) without copying them.
     */
    public static boolean mayNeedComposition(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!staysComposed(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Below the combining marks (U+0300), a precomposed letter of Latin Extended Additional, where all
     * Vietnamese letters with tone marks live, or the punctuation news text uses (dashes, curly quotes,
     * ellipsis: General Punctuation from U+2002, where no char decomposes or combines in the JDK's Unicode data).
     */
    private static boolean staysComposed(char c) {
        return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c <= 0x206F);
    }

    /** Lowercases (Locale.ROOT rules: {@code Đ → đ}) and canonicalises tone placement of composed text. */
    public static void lowercaseWithCanonicalTones(char[] buffer, int length) {
        lowercase(buffer, length);
        ToneMarks.canonicalize(buffer, length);
    }

    private static void lowercase(char[] buffer, int length) {
        for (int i = 0; i < length; ) {
            char c = buffer[i];
            if (c < 0x80) {
                buffer[i++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (!Character.isSurrogate(c)) {
                buffer[i++] = Character.toLowerCase(c);
            } else {
                // Simple case mapping keeps each code point's UTF-16 length, so the buffer never grows.
                i += Character.toChars(Character.toLowerCase(Character.codePointAt(buffer, i, length)), buffer, i);
            }
        }
    }
}
