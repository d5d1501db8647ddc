package vn.newsroom.vietnamese.text;

/**
 * The steps of Vietnamese normalisation that work on a char buffer in place: lowercasing and the
 * canonical tone placement of {@link ToneMarks}. Composition (NFC) may change the length, so it is
 * left to the caller, with {@link #mayNeedComposition} to skip it for the common precomposed case.
 */
public final class Normalization {

    private Normalization() {}

    /**
     * Returns false only when NFC is certainly a no-op: every char is below the combining marks
     * (U+0300) or a precomposed letter of Latin Extended Additional, where all Vietnamese letters
     * with tone marks live. Anything else (NFD marks, other scripts) needs the real normaliser.
     */
    public static boolean mayNeedComposition(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
                return true;
            }
        }
        return false;
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
