package vn.newsroom.vietnamese.text;

/** Types a syllable with an input method's keys, as someone whose converter is off would: the inverse of decoding. */
public final class Keystrokes {

    private static final String SHAPED = "âêôăơưđ";
    private static final String[] TELEX_SHAPES = {"aa", "ee", "oo", "aw", "ow", "uw", "dd"};
    private static final String[] VNI_SHAPES = {"a6", "e6", "o6", "a8", "o7", "u7", "d9"};
    /** Tone keys by tone (none, grave, acute, hook, tilde, dot). */
    private static final String TELEX_TONES = " fsrxj";
    private static final String VNI_TONES = " 21345";

    private Keystrokes() {}

    /** {@code việt → vieetj}: shape keys after their letter, the tone key at the end. */
    public static String telex(String syllable) {
        return type(syllable, TELEX_SHAPES, TELEX_TONES);
    }

    /** {@code việt → vie6t5}. */
    public static String vni(String syllable) {
        return type(syllable, VNI_SHAPES, VNI_TONES);
    }

    private static String type(String syllable, String[] shapes, String tones) {
        StringBuilder keys = new StringBuilder();
        int tone = Vowels.NO_TONE;
        for (char c : syllable.toCharArray()) {
            tone = Math.max(tone, Vowels.toneOf(c));
            char letter = Vowels.letterOf(c);
            int shaped = SHAPED.indexOf(letter);
            keys.append(shaped >= 0 ? shapes[shaped] : String.valueOf(letter));
        }
        return tone > Vowels.NO_TONE ? keys.append(tones.charAt(tone)).toString() : keys.toString();
    }
}
