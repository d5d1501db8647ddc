package vn.newsroom.vietnamese.text;

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

    /** Each row: a base vowel, then that vowel with grave, acute, hook above, tilde, dot below. */
    private static final String[] TONED_VOWELS = {"aàáảãạ", "eèéẻẽẹ", "oòóỏõọ", "uùúủũụ", "yỳýỷỹỵ"};

    private static final int UNMARKED = 0;

    private ToneMarks() {}

    /** Rewrites, in place, lowercase NFC text so that each open oa/oe/uy syllable has the canonical placement. */
    public static void canonicalize(char[] buffer, int length) {
        for (int i = 1; i < length; i++) {
            if (endsSyllable(buffer, i + 1, length) && isRisingDiphthong(buffer, i)) {
                moveToneToSecondVowel(buffer, i - 1, i);
            }
        }
    }

    private static boolean endsSyllable(char[] buffer, int next, int length) {
        return next == length || !isLetterOrMark(buffer[next]);
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isRisingDiphthong(char[] buffer, int second) {
        char firstBase = baseVowel(buffer[second - 1]);
        char secondBase = baseVowel(buffer[second]);
        if (firstBase == 'o') {
            return secondBase == 'a' || secondBase == 'e';
        }
        boolean afterQ = second >= 2 && buffer[second - 2] == 'q';
        return firstBase == 'u' && secondBase == 'y' && !afterQ;
    }

    private static void moveToneToSecondVowel(char[] buffer, int first, int second) {
        int tone = tone(buffer[first]);
        if (tone != UNMARKED && tone(buffer[second]) == UNMARKED) {
            buffer[first] = withTone(buffer[first], UNMARKED);
            buffer[second] = withTone(buffer[second], tone);
        }
    }

    private static char baseVowel(char c) {
        String row = rowOf(c);
        return row == null ? c : row.charAt(0);
    }

    private static int tone(char c) {
        String row = rowOf(c);
        return row == null ? UNMARKED : row.indexOf(c);
    }

    private static char withTone(char c, int tone) {
        return rowOf(c).charAt(tone);
    }

    private static String rowOf(char c) {
        for (String row : TONED_VOWELS) {
            if (row.indexOf(c) >= 0) {
                return row;
            }
        }
        return null;
    }
}
