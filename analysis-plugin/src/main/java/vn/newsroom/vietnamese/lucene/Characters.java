package vn.newsroom.vietnamese.lucene;

/** Character classes of the tokenizer, with an ASCII fast path. */
final class Characters {

    private Characters() {}

    /** Letters and digits start a token. */
    static boolean startsToken(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z')
                    || (codePoint >= '0' && codePoint <= '9');
        }
        return Character.isLetterOrDigit(codePoint);
    }

    /** Combining marks (the tone and vowel marks of NFD Vietnamese) also continue one. */
    static boolean continuesToken(int codePoint) {
        return startsToken(codePoint) || (codePoint >= 0x300 && isMark(codePoint));
    }

    static boolean isDigit(int codePoint) {
        return codePoint < 0x80 ? codePoint >= '0' && codePoint <= '9' : Character.isDigit(codePoint);
    }

    /** Separators that stay inside a number when digits surround them: 1.000, 3,5, 28/10, 10:30. */
    static boolean isNumberJoiner(int codePoint) {
        return codePoint == '.' || codePoint == ',' || codePoint == '/' || codePoint == ':';
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
