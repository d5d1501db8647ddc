package vn.newsroom.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what a query may ask for, and the weights of the ranking signals. Environment: NEWS_QUERY_MAX_OPERANDS,
 * NEWS_QUERY_MOST_WORDS, NEWS_QUERY_PASTED_TEXT_WORDS, NEWS_QUERY_MARKS_BOOST, NEWS_QUERY_BARE_WORDS_BOOST,
 * NEWS_QUERY_RESTORED_MARKS_BOOST, NEWS_QUERY_ADJACENCY_BOOST, NEWS_QUERY_ALL_WORDS_BONUS, NEWS_QUERY_PROXIMITY_BOOST,
 * NEWS_QUERY_PROXIMITY_SLOP, NEWS_QUERY_CORRECTION_BOOST.
 */
@ConfigMapping(prefix = "news.query")
public interface QueryConfig {

    /**
     * Most words, phrases and exclusions of {@code q} searched; each becomes clauses of the Elasticsearch query, so
     * this bounds its cost. Those past it are left out, and {@code applied.q} ends before them.
     */
    @WithDefault("32")
    int maxOperands();

    /**
     * How many words {@code match=most} needs, in Elasticsearch's {@code minimum_should_match} syntax. The default
     * needs all but one of two or three words, half of four to seven and a third of eight or more: a pasted
     * headline paraphrases its article, so a long query whose words are mostly missing can still be the one the
     * reader means.
     */
    @WithDefault("1<-1 3<-50% 7<-70%")
    String mostWords();

    /**
     * From how many words a {@code match=most} query is read as pasted text (a headline, a sentence): its quotes and
     * {@code OR} are then the text's own (Vietnamese headlines put words in "scare quotes"), so their words count as
     * words instead of a phrase that must match. Shorter queries keep the query language.
     */
    @WithDefault("8")
    int pastedTextWords();

    /**
     * Weight of matches with the marks as typed ({@code hoà} over {@code hoa}) in a query typed with marks, against 1
     * for the folded match.
     */
    @WithDefault("2")
    float marksBoost();

    /**
     * Weight of the exact spelling in a query typed without any mark, against 1 for the folded match: it counts again
     * the words written bare in articles too (numbers, foreign names), but a bare spelling of a Vietnamese word is
     * not preferred much, since the user did not choose it.
     */
    @WithDefault("0.5")
    float bareWordsBoost();

    /**
     * Weight of the marks the articles most likely use for a query typed without any ({@code bo truong → bộ trưởng}),
     * against 1 for the folded match: below {@code marksBoost}, since the user did not type them.
     */
    @WithDefault("1")
    float restoredMarksBoost();

    /** Weight of adjacent syllables in the typed order ({@code bộ trưởng} as a pair), against 1 for the folded match. */
    @WithDefault("1")
    float adjacencyBoost();

    /**
     * A constant added to every article that contains all the typed words, so that these rank before articles that
     * miss one, whatever their term frequencies.
     */
    @WithDefault("3")
    float allWordsBonus();

    /** Weight of the typed words standing close together, in order, against 1 for the folded match. */
    @WithDefault("5")
    float proximityBoost();

    /** How many positions the typed words may move and still count as close together. */
    @WithDefault("4")
    int proximitySlop();

    /**
     * Weight of a word matched only one edit away from what was typed (a typo), against 1 for the folded match: low,
     * so that corrected matches rank below exact ones. Not tuned on the corpus.
     */
    @WithDefault("0.3")
    float correctionBoost();
}
