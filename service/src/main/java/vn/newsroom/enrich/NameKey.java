package vn.newsroom.enrich;

/**
 * How names are compared everywhere: words of the text (hyphens and punctuation separate them) folded with
 * {@link vn.newsroom.vietnamese.VietnameseText#foldKey} and joined by single spaces, so "Timor-Leste", "timor leste"
 * and "TIMOR LESTE" share the key {@code timor leste}.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String text) {
        return TokenizedText.of(text).key();
    }
}
