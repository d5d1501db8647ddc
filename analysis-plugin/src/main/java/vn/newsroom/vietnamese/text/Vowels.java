package vn.newsroom.vietnamese.text;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The twelve Vietnamese vowel letters with their five tone marks, precomposed (NFC, lowercase):
 * splits a vowel into its letter and tone, and puts a tone on a letter.
 */
final class Vowels {

    static final int NO_TONE = 0;
    static final int GRAVE = 1;
    static final int ACUTE = 2;
    static final int HOOK = 3;
    static final int TILDE = 4;
    static final int DOT = 5;
    /** {@link #toneOf} of a char that is not a lowercase Vietnamese vowel. */
    static final int NOT_A_VOWEL = -1;

    /**
     * Each row: a vowel letter, then the same letter with grave, acute, hook above, tilde, dot below. Arrays rather
     * than strings: read for every char of every word, where String.charAt's checks showed in profiles.
     */
    private static final char[][] ROWS = Stream.of(
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"
    ).map(String::toCharArray).toArray(char[][]::new);
    private static final int TONES = 6;
    /** For every char up to the last toned vowel: {@code row * TONES + tone}, or {@link #NOT_A_VOWEL}. */
    private static final byte[] CODES = codes();

    private Vowels() {}

    static boolean isVowel(char c) {
        return code(c) != NOT_A_VOWEL;
    }

    /** The tone of a vowel ({@link #NO_TONE} to {@link #DOT}), or {@link #NOT_A_VOWEL}. */
    static int toneOf(char c) {
        int code = code(c);
        return code == NOT_A_VOWEL ? NOT_A_VOWEL : code % TONES;
    }

    /** The vowel letter without its tone ({@code ệ → ê}); any other char unchanged. */
    static char letterOf(char c) {
        int code = code(c);
        return code == NOT_A_VOWEL ? c : ROWS[code / TONES][NO_TONE];
    }

    /** The vowel {@code c} with {@code tone} instead of its own. */
    static char withTone(char c, int tone) {
        return ROWS[code(c) / TONES][tone];
    }

    private static int code(char c) {
        return c < CODES.length ? CODES[c] : NOT_A_VOWEL;
    }

    private static byte[] codes() {
        char last = 0;
        for (char[] row : ROWS) {
            for (char c : row) {
                last = (char) Math.max(last, c);
            }
        }
        byte[] codes = new byte[last + 1];
        Arrays.fill(codes, (byte) NOT_A_VOWEL);
        for (int row = 0; row < ROWS.length; row++) {
            for (int tone = 0; tone < TONES; tone++) {
                codes[ROWS[row][tone]] = (byte) (row * TONES + tone);
            }
        }
        return codes;
    }
}
