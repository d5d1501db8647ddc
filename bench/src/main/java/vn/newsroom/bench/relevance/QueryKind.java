package vn.newsroom.bench.relevance;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A kind of query derived from a headline. A kind that leaves a headline unchanged ({@link #OTHER_TONE_PLACEMENT} on a
 * headline without oa/oe/uy) or that is a subset ({@link #HEADLINE_QUOTED}; {@link #TONE_ORIGINAL}, the headlines that
 * {@link #OTHER_TONE_PLACEMENT} changes, as written, to compare with) skips the others, so that its figures speak
 * only of the queries it is about.
 */
enum QueryKind {
    HEADLINE("full headline"),
    HEADLINE_QUOTED("full headline, only those with quotes"),
    HEADLINE_UNMARKED("headline without marks"),
    TONE_ORIGINAL("full headline, only those the next kind changes"),
    OTHER_TONE_PLACEMENT("headline, other tone placement (hoà↔hòa)"),
    WINDOW("4 syllables of the headline"),
    WINDOW_UNMARKED("4 syllables without marks"),
    UNKNOWN_WORD("headline + one unknown word"),
    SLIP("headline with one slip"),
    TELEX("headline typed in Telex, unconverted");

    static final int WINDOW_LENGTH = 4;
    /** Quotes in a pasted headline are its own punctuation, but the query language reads them as a phrase. */
    private static final Pattern QUOTES = Pattern.compile("[\"“”„]");

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
            case HEADLINE, HEADLINE_QUOTED, TONE_ORIGINAL -> headline;
            case HEADLINE_UNMARKED -> QueryVariants.unmarked(headline);
            case OTHER_TONE_PLACEMENT -> QueryVariants.otherTonePlacement(headline);
            case WINDOW -> QueryVariants.window(headline, WINDOW_LENGTH, random);
            case WINDOW_UNMARKED -> QueryVariants.unmarked(QueryVariants.window(headline, WINDOW_LENGTH, random));
            case UNKNOWN_WORD -> QueryVariants.withUnknownWord(headline, random);
            case SLIP -> QueryVariants.withSlip(headline, random);
            case TELEX -> QueryVariants.telex(headline);
        };
        boolean asked = switch (this) {
            case OTHER_TONE_PLACEMENT, TONE_ORIGINAL -> !QueryVariants.otherTonePlacement(headline)
                    .equals(Normalizer.normalize(headline, Normalizer.Form.NFC));
            case HEADLINE_QUOTED -> QUOTES.matcher(headline).find();
            default -> true;
        };
        return asked ? Optional.of(query) : Optional.empty();
    }
}
