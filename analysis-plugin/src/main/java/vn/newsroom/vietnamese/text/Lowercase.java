package vn.newsroom.vietnamese.text;

/** Locale-independent lowercasing in place; maps Đ to đ and every precomposed Vietnamese capital. */
public final class Lowercase {

    private Lowercase() {}

    public static void inPlace(char[] buffer, int length) {
        for (int i = 0; i < length; ) {
            int codePoint = Character.codePointAt(buffer, i, length);
            // Simple case mapping never changes the UTF-16 length of a code point in the BMP/SMP split.
            i += Character.toChars(Character.toLowerCase(codePoint), buffer, i);
        }
    }
}
