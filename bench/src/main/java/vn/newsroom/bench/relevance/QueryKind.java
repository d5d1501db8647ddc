package vn.newsroom.bench.relevance;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Random;

/**
 * A kind of query derived from a headline. A kind that leaves a headline unchanged ({@link #OTHER_TONE_PLACEMENT} on a
 * headline without oa/oe/uy) skips it, so that its figures speak only of the queries it changed.
 */
enum QueryKind {
    HEADLINE("full headline"),
    HEADLINE_UNMARKED("headline without marks"),
    OTHER_TONE_PLACEMENT("headline, other tone placement (hoà↔hòa)"),
    WINDOW("4 syllables of the headline"),
    WINDOW_UNMARKED("4 syllables without marks"),
    UNKNOWN_WORD("headline + one unknown word"),
    SLIP("headline with one slip"),
    TELEX("headline typed in Telex, unconverted");

    static final int WINDOW_LENGTH = 4;

    private final String label;

    QueryKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** @param random seeded per headline, so that the marked and unmarked windows are the same words */
    Optional<String> derive(String headline, Random random) {
        String query = switch (this) {
            case HEADLINE -> headline;
            case HEADLINE_UNMARKED -> QueryVariants.unmarked(headline);
            case OTHER_TONE_PLACEMENT -> QueryVariants.otherTonePlacement(headline);
            case WINDOW -> QueryVariants.window(headline, WINDOW_LENGTH, random);
            case WINDOW_UNMARKED -> QueryVariants.unmarked(QueryVariants.window(headline, WINDOW_LENGTH, random));
            case UNKNOWN_WORD -> QueryVariants.withUnknownWord(headline, random);
            case SLIP -> QueryVariants.withSlip(headline, random);
            case TELEX -> QueryVariants.telex(headline);
        };
        return this == OTHER_TONE_PLACEMENT && query.equals(Normalizer.normalize(headline, Normalizer.Form.NFC)) ? Optional.empty() : Optional.of(query);
    }
}
