package vn.newsroom.vietnamese.text;

/**
 * The letters of one syllable as an input method builds them key by key, before any tone is
 * placed: plain and reshaped letters, the tone typed, and whether the keys made sense.
 */
final class Typing {

    private static final String SHAPED_VOWELS = "ăâêôơư";

    private final StringBuilder letters = new StringBuilder();
    private int tone = Vowels.NO_TONE;
    private boolean toneTyped;
    private boolean nonsense;

    /**
     * Adds a letter as typed. A vowel after a tone key makes the keys nonsense: people type the tone
     * after the last vowel, and accepting it anywhere would read acronyms ({@code usa → úa}).
     */
    void letter(char c) {
        nonsense |= toneTyped && Vowels.isVowel(c);
        letters.append(c);
    }

    /**
     * Telex doubling ({@code aa → â}, {@code dd → đ}), only right after the letter: a vowel repeated
     * across a consonant ({@code mama, coco, toto}) is a foreign word far more often than a key.
     */
    boolean reshapePrevious(char plain, char shaped) {
        int last = letters.length() - 1;
        if (last < 0 || letters.charAt(last) != plain) {
            return false;
        }
        letters.setCharAt(last, shaped);
        return true;
    }

    /**
     * Reshapes the last vowel of the last vowel run found in {@code plain} into the char at the same
     * index of {@code shaped}; a key typed after the coda still reaches it ({@code truongw}). With a
     * horn over both o and u, a u+o pair takes it on both ({@code uow → ươ}), as Telex and VNI do.
     */
    boolean reshapeVowel(String plain, String shaped) {
        int runEnd = letters.length();
        while (runEnd > 0 && !Vowels.isVowel(letters.charAt(runEnd - 1))) {
            runEnd--;
        }
        int runStart = runEnd;
        while (runStart > 0 && Vowels.isVowel(letters.charAt(runStart - 1))) {
            runStart--;
        }
        int o = plain.indexOf('o');
        int u = plain.indexOf('u');
        if (o >= 0 && u >= 0) {
            for (int i = runStart; i + 1 < runEnd; i++) {
                char first = letters.charAt(i);
                char second = letters.charAt(i + 1);
                if ((first == 'u' || second == 'o') && "uư".indexOf(first) >= 0 && "oơ".indexOf(second) >= 0) {
                    letters.setCharAt(i, shaped.charAt(u));
                    letters.setCharAt(i + 1, shaped.charAt(o));
                    return true;
                }
            }
        }
        for (int i = runEnd - 1; i >= runStart; i--) {
            int index = plain.indexOf(letters.charAt(i));
            if (index >= 0) {
                letters.setCharAt(i, shaped.charAt(index));
                return true;
            }
        }
        return false;
    }

    /** VNI's đ key, wherever it is typed: the syllable's first letter d becomes đ. */
    boolean strokeInitialD() {
        if (letters.isEmpty() || letters.charAt(0) != 'd') {
            return false;
        }
        letters.setCharAt(0, 'đ');
        return true;
    }

    /**
     * A tone key; before any vowel it is no key (Telex {@code s, r, x} are onsets then). A second
     * tone key is an input method's undo or change, which leftovers cannot show reliably: nonsense.
     */
    boolean tone(int typed) {
        if (!hasVowel()) {
            return false;
        }
        nonsense |= toneTyped && typed != Vowels.NO_TONE;
        tone = typed;
        toneTyped = true;
        return true;
    }

    /** The syllable in vi_normalize's form, tone on its main vowel; null if the keys make none. */
    String syllable() {
        if (nonsense) {
            return null;
        }
        int length = letters.length();
        // Open "ươ" does not exist: the horn key over "uo" at the end of a word means "uơ" (thuở, huơ).
        if (length >= 2 && letters.charAt(length - 2) == 'ư' && letters.charAt(length - 1) == 'ơ') {
            letters.setCharAt(length - 2, 'u');
        }
        if (!Syllables.isSyllable(letters.toString(), tone)) {
            return null;
        }
        if (tone != Vowels.NO_TONE) {
            int main = mainVowel();
            letters.setCharAt(main, Vowels.withTone(letters.charAt(main), tone));
        }
        return letters.toString();
    }

    /**
     * Where the tone goes, the "new style" that vi_normalize makes canonical: the last vowel with a
     * shape mark (việt, người); else the middle of three vowels (ngoài, khuỷu); else the second of
     * two when a coda follows (toán) or in oa, oe, uy (hoà, khoẻ, thuỷ); else the first (mái, mùa).
     * The u of qu and the i of gi before another vowel belong to the onset (quý, giá).
     */
    private int mainVowel() {
        int start = 0;
        while (!Vowels.isVowel(letters.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < letters.length() && Vowels.isVowel(letters.charAt(end))) {
            end++;
        }
        if (start > 0 && end - start > 1 && isOnsetGlide(letters.charAt(start - 1), letters.charAt(start))) {
            start++;
        }
        for (int i = end - 1; i >= start; i--) {
            if (SHAPED_VOWELS.indexOf(letters.charAt(i)) >= 0) {
                return i;
            }
        }
        int vowels = end - start;
        if (vowels == 3) {
            return start + 1;
        }
        boolean closed = end < letters.length();
        if (vowels == 2 && (closed || ToneMarks.isRisingDiphthong(letters.charAt(start), letters.charAt(start + 1)))) {
            return start + 1;
        }
        return start;
    }

    private boolean hasVowel() {
        for (int i = 0; i < letters.length(); i++) {
            if (Vowels.isVowel(letters.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOnsetGlide(char previous, char vowel) {
        return (previous == 'q' && vowel == 'u') || (previous == 'g' && vowel == 'i');
    }
}
