package vn.newsroom.vietnamese.text;

import java.util.Arrays;

/**
 * Puts the tone mark of open oa/oe/uy syllables on one canonical vowel.
 *
 * <p>Vietnamese has two placements in use for syllables that end in these rising diphthongs: the
 * "old" style marks the first vowel ({@code hòa, khỏe, thủy}), the "new" style marks the second,
 * main vowel ({@code hoà, khoẻ, thuỷ}). The canonical form here is the new style, because it is the
 * only rule that agrees with closed syllables, which everybody writes one way ({@code hoàng,
 * thuyền}): the tone always sits on the main vowel, so {@code hoà} and {@code hoàng} carry it on
 * the same letter. {@code qu}+{@code y} ({@code quý}) is a different structure ({@code u} belongs
 * to the initial) and is left alone, as is any syllable where another letter follows the pair.
 */
public final class ToneMarks {

    /** Each row: a lowercase vowel, then that vowel with grave, acute, hook above, tilde, dot below. */
    private static final String[] TONED_VOWELS = {"aàáảãạ", "eèéẻẽẹ", "oòóỏõọ", "uùúủũụ", "yỳýỷỹỵ"};
    private static final int A = 0;
    private static final int E = 1;
    private static final int O = 2;
    private static final int U = 3;
    private static final int Y = 4;
    private static final int TONES = 6;
    private static final int UNMARKED = 0;
    private static final int NOT_A_VOWEL = -1;
    /** For every char up to the last toned vowel: {@code row * TONES + tone}, or {@link #NOT_A_VOWEL}. */
    private static final byte[] VOWEL_CODES = vowelCodes();

    private ToneMarks() {}

    /** Rewrites, in place, lowercase NFC text so that each open oa/oe/uy syllable has the canonical placement. */
    public static void canonicalize(char[] buffer, int length) {
        for (int second = 1; second < length; second++) {
            int secondCode = vowelCode(buffer[second]);
            if (secondCode != NOT_A_VOWEL
                    && isRisingDiphthong(buffer, second, secondCode / TONES)
                    && endsSyllable(buffer, second + 1, length)) {
                moveToneToSecondVowel(buffer, second - 1, second);
            }
        }
    }

    private static boolean isRisingDiphthong(char[] buffer, int second, int secondRow) {
        int firstCode = vowelCode(buffer[second - 1]);
        if (firstCode == NOT_A_VOWEL) {
            return false;
        }
        int firstRow = firstCode / TONES;
        if (firstRow == O) {
            return secondRow == A || secondRow == E;
        }
        boolean afterQ = second >= 2 && buffer[second - 2] == 'q';
        return firstRow == U && secondRow == Y && !afterQ;
    }

    private static boolean endsSyllable(char[] buffer, int next, int length) {
        if (next == length) {
            return true;
        }
        char c = buffer[next];
        if (c < 0x80) {
            return !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z');
        }
        return !Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK;
    }

    private static void moveToneToSecondVowel(char[] buffer, int first, int second) {
        int firstCode = vowelCode(buffer[first]);
        int secondCode = vowelCode(buffer[second]);
        int tone = firstCode % TONES;
        if (tone != UNMARKED && secondCode % TONES == UNMARKED) {
            buffer[first] = TONED_VOWELS[firstCode / TONES].charAt(UNMARKED);
            buffer[second] = TONED_VOWELS[secondCode / TONES].charAt(tone);
        }
    }

    private static int vowelCode(char c) {
        return c < VOWEL_CODES.length ? VOWEL_CODES[c] : NOT_A_VOWEL;
    }

    private static byte[] vowelCodes() {
        char last = 0;
        for (String row : TONED_VOWELS) {
            for (char c : row.toCharArray()) {
                last = (char) Math.max(last, c);
            }
        }
        byte[] codes = new byte[last + 1];
        Arrays.fill(codes, (byte) NOT_A_VOWEL);
        for (int row = 0; row < TONED_VOWELS.length; row++) {
            for (int tone = 0; tone < TONES; tone++) {
                codes[TONED_VOWELS[row].charAt(tone)] = (byte) (row * TONES + tone);
            }
        }
        return codes;
    }
}
