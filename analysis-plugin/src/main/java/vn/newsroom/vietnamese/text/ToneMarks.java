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

    private ToneMarks() {}

    /** Rewrites, in place, lowercase NFC text so that each open oa/oe/uy syllable has the canonical placement. */
    public static void canonicalize(char[] buffer, int length) {
        for (int second = 1; second < length; second++) {
            if (isRisingDiphthong(buffer, second) && endsSyllable(buffer, second + 1, length)) {
                moveToneToSecondVowel(buffer, second - 1, second);
            }
        }
    }

    private static boolean isRisingDiphthong(char[] buffer, int second) {
        // run on every char of every word: the common case, no o or u before, is decided on one lookup
        char first = Vowels.letterOf(buffer[second - 1]);
        return (first == 'o' || first == 'u') && !(second >= 2 && buffer[second - 2] == 'q')
                && isRisingDiphthong(first, Vowels.letterOf(buffer[second]));
    }

    /** oa, oe or uy, given as vowel letters without tone. */
    static boolean isRisingDiphthong(char first, char second) {
        return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
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
        int tone = Vowels.toneOf(buffer[first]);
        if (tone != Vowels.NO_TONE && Vowels.toneOf(buffer[second]) == Vowels.NO_TONE) {
            buffer[first] = Vowels.letterOf(buffer[first]);
            buffer[second] = Vowels.withTone(buffer[second], tone);
        }
    }
}
