package vn.newsroom.vietnamese.text;

import java.util.Collection;

/**
 * The two Vietnamese input methods whose keys are left in the text when their converter was off:
 * {@link #TELEX} ({@code Vieetj → việt}) and {@link #VNI} ({@code Vie6t5 → việt}).
 * {@link #decode} reads such a word back as the syllable that was meant.
 */
public enum InputMethod {

    /**
     * {@code aa ee oo → â ê ô} and {@code dd → đ} right after the letter; {@code w} puts a horn or
     * breve on the last a, o or u ({@code uow → ươ}, {@code aw → ă}), or is {@code ư} where there is
     * none; tones {@code s f r x j} (acute, grave, hook, tilde, dot), {@code z} none.
     */
    TELEX(false) {
        @Override
        void type(char key, Typing typing) {
            boolean used = switch (key) {
                case 'a' -> typing.reshapePrevious('a', 'â');
                case 'e' -> typing.reshapePrevious('e', 'ê');
                case 'o' -> typing.reshapePrevious('o', 'ô');
                case 'd' -> typing.reshapePrevious('d', 'đ');
                case 'w' -> typing.reshapeVowel("aou", "ăơư");
                case 's' -> typing.tone(Vowels.ACUTE);
                case 'f' -> typing.tone(Vowels.GRAVE);
                case 'r' -> typing.tone(Vowels.HOOK);
                case 'x' -> typing.tone(Vowels.TILDE);
                case 'j' -> typing.tone(Vowels.DOT);
                case 'z' -> typing.tone(Vowels.NO_TONE);
                default -> false;
            };
            if (!used) {
                typing.letter(key == 'w' ? 'ư' : key);
            }
        }
    },

    /**
     * Digits after the letters: {@code 1 2 3 4 5} acute, grave, hook, tilde, dot; {@code 6}
     * circumflex, {@code 7} horn ({@code uo7 → ươ}), {@code 8} breve on the last fitting vowel;
     * {@code 9} makes the initial d đ.
     */
    VNI(true) {
        @Override
        void type(char key, Typing typing) {
            boolean used = switch (key) {
                case '1' -> typing.tone(Vowels.ACUTE);
                case '2' -> typing.tone(Vowels.GRAVE);
                case '3' -> typing.tone(Vowels.HOOK);
                case '4' -> typing.tone(Vowels.TILDE);
                case '5' -> typing.tone(Vowels.DOT);
                case '6' -> typing.reshapeVowel("aeo", "âêô");
                case '7' -> typing.reshapeVowel("ou", "ơư");
                case '8' -> typing.reshapeVowel("a", "ă");
                case '9' -> typing.strokeInitialD();
                default -> false;
            };
            if (!used) {
                typing.letter(key);
            }
        }
    };

    /** More keys than this is no syllable ("nghieeengx" has 10). */
    private static final int MAX_KEYS = 12;

    /**
     * VNI's keys are digits and Telex leaves digits as they are, so a word with digits can only be
     * VNI and one without only Telex: the other method need not run.
     */
    private final boolean digitKeys;

    InputMethod(boolean digitKeys) {
        this.digitKeys = digitKeys;
    }

    /** Applies one lowercase ASCII key. */
    abstract void type(char key, Typing typing);

    /**
     * The syllable that {@code word} stands for when typed with one of {@code methods} without
     * conversion, lowercase with the tone placed as vi_normalize does; null
     * when there is none. Only a word of ASCII letters and digits that is not itself a Vietnamese
     * syllable is decoded, and only into a valid syllable, so real words stay ({@code ban, viet})
     * and so do most names ({@code Huawei, Google, ASEAN}). Any case is accepted.
     */
    public static String decode(CharSequence word, Collection<InputMethod> methods) {
        String keys = asciiLowercase(word);
        if (keys == null || Syllables.isSyllableWithoutMarks(keys)) {
            return null;
        }
        boolean hasDigit = keys.chars().anyMatch(c -> c <= '9');
        for (InputMethod method : methods) {
            if (method.digitKeys != hasDigit) {
                continue;
            }
            Typing typing = new Typing();
            for (int i = 0; i < keys.length(); i++) {
                method.type(keys.charAt(i), typing);
            }
            String syllable = typing.syllable();
            if (syllable != null) {
                return syllable;
            }
        }
        return null;
    }

    /** The word lowercased if it is ASCII letters and digits with at least one letter, else null. */
    private static String asciiLowercase(CharSequence word) {
        int length = word.length();
        if (length == 0 || length > MAX_KEYS) {
            return null;
        }
        char[] keys = new char[length];
        boolean letter = false;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return null;
            }
            keys[i] = c;
        }
        return letter ? new String(keys) : null;
    }
}
