package vn.newsroom.query;

/** User text made safe to pass on: what reaches Elasticsearch must be well-formed, whatever was typed. */
public final class Text {

    private Text() {
    }

    /**
     * Blanks control characters and lone surrogate halves (which cannot be encoded as UTF-8) one for one, so
     * offsets into the result are offsets into the input.
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
