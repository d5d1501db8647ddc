package vn.newsroom.enrich;

import java.util.ArrayList;
import java.util.List;
import vn.newsroom.vietnamese.VietnameseText;

/**
 * Text cut into words (Vietnamese syllables, foreign words, numbers), so that phrases match whole
 * words only, never part of one. Hyphens, spaces and punctuation all separate words, so
 * "Timor-Leste" and "Timor Leste" are the same two words.
 *
 * @param tokens the words in order
 * @param marked whether the text is written with Vietnamese marks at all; text typed without them
 *               can only be matched by folding, text with them must carry the right ones
 */
public record TokenizedText(List<Token> tokens, boolean marked) {

    private static final String SENTENCE_BREAKS = ".!?…:;\n\"“”";

    /**
     * One word.
     *
     * @param text the word as written
     * @param key  {@link VietnameseText#foldKey}: lowercase, no marks
     * @param form {@link VietnameseText#normalize}: lowercase, marks kept, tone placement canonical
     * @param gap  what separates it from the previous word (the text before it, for the first word)
     */
    public record Token(String text, String key, String form, String gap) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** An acronym such as ASEAN, SOM or G20: no lowercase letter, at least two characters. */
        boolean acronym() {
            return text.codePointCount(0, text.length()) >= 2
                    && text.codePoints().anyMatch(Character::isLetter)
                    && text.codePoints().noneMatch(Character::isLowerCase);
        }

        boolean opensSentence() {
            return gap.isEmpty() || gap.chars().anyMatch(c -> SENTENCE_BREAKS.indexOf(c) >= 0);
        }

        /** Only spaces between this word and the previous one, as inside a multi-word name. */
        public boolean joinedBySpace() {
            return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
        }
    }

    public TokenizedText {
        tokens = List.copyOf(tokens);
    }

    public static TokenizedText of(String text) {
        String nfc = VietnameseText.compose(text);
        List<Token> tokens = new ArrayList<>();
        int gapStart = 0;
        int i = 0;
        while (i < nfc.length()) {
            int codePoint = nfc.codePointAt(i);
            if (!isWordChar(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int start = i;
            while (i < nfc.length() && isWordChar(nfc.codePointAt(i))) {
                i += Character.charCount(nfc.codePointAt(i));
            }
            WordForms.Forms word = WordForms.of(nfc, start, i);
            // the usual single space is shared rather than copied for every word
            String gap = start - gapStart == 1 && nfc.charAt(gapStart) == ' ' ? " " : nfc.substring(gapStart, start);
            tokens.add(new Token(word.text(), word.key(), word.form(), gap));
            gapStart = i;
        }
        return new TokenizedText(tokens, VietnameseText.hasMarks(nfc));
    }

    private static boolean isWordChar(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        // marks count as word characters so that a stray combining mark never splits a syllable
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
    }

    /** The word keys joined by single spaces: how a whole name is compared, e.g. "timor leste". */
    String key() {
        return String.join(" ", tokens.stream().map(Token::key).toList());
    }
}
