package vn.newsroom.vietnamese.text;

/** Decides cheaply whether a run of chars might change under Unicode NFC. */
public final class Composition {

    private Composition() {}

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
}
