package vn.newsroom.vietnamese.text;

import java.text.Normalizer;

/**
 * Strips tone and vowel marks to the base letter ({@code ệ → e, ơ → o, đ → d, Đ → D}), keeping
 * case. Works the same on precomposed (NFC) and decomposed (NFD) input: precomposed letters map
 * through a table, free-standing combining diacritics (U+0300–U+036F) are dropped. Marks of other
 * blocks (Indic vowel signs, Thai tones...) are letters of those scripts and are kept.
 */
public final class Diacritics {

    private static final char FIRST_MARK = '\u0300';
    private static final char LAST_MARK = '\u036F';
    /** Latin, Greek, Cyrillic and their extensions all sit below this; nothing above folds. */
    private static final int TABLE_SIZE = 0x2000;
    private static final char[] BASE_LETTER = baseLetterTable();

    private Diacritics() {}

    /** Folds in place and returns the new length (never longer: marks are only removed). */
    public static int strip(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (isMark(c)) {
                continue;
            }
            buffer[out++] = c < TABLE_SIZE ? BASE_LETTER[c] : c;
        }
        return out;
    }

    /** True if {@link #strip} would change these chars; reads them where they are (a term's buffer, a whole text). */
    public static boolean hasMarks(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMark(c) || (c < TABLE_SIZE && BASE_LETTER[c] != c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return c >= FIRST_MARK && c <= LAST_MARK;
    }

    private static char[] baseLetterTable() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = baseLetter(c);
        }
        table['đ'] = 'd';
        table['Đ'] = 'D';
        return table;
    }

    /** The letter left after decomposing and dropping diacritics, or the char itself if that is not one char. */
    private static char baseLetter(char c) {
        if (c < 0x80 || Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char[] chars = decomposed.toCharArray();
        int length = 0;
        for (char d : chars) {
            if (!isMark(d)) {
                chars[length++] = d;
            }
        }
        return length == 1 ? chars[0] : c;
    }
}
