package vn.newsroom.marks;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the service learns the articles' spelling, to give unmarked queries their likely marks. Environment:
 * NEWS_MARKS_SAMPLE_ARTICLES, NEWS_MARKS_RESTORE_ODDS, NEWS_MARKS_CHECK_INTERVAL, NEWS_MARKS_RELEARN_CHANGE.
 */
@ConfigMapping(prefix = "news.marks")
public interface MarksConfig {

    /**
     * How many of the newest articles the spelling is learned from; 0 turns restoring marks off. Bounds the time to
     * learn it (a second or two) and, with bounds on words counted, the model's memory (about 7 MB for the default).
     */
    @WithDefault("2000")
    @Min(0)
    int sampleArticles();

    /**
     * How much likelier than any other spelling of an unmarked word its likeliest must be for the word to be given
     * that one alone; the spellings within these odds of it are all given, rather than one guess. At 5, on 500
     * headlines of the development corpus typed without marks (the spelling learned from 2,000 training-split articles,
     * theirs among them), 90% of all words got one spelling, 98.2-98.4% of those right; the others got two or more, the
     * right one among them for nine in ten.
     */
    @WithDefault("5")
    @DecimalMin("1")
    double restoreOdds();

    /** How often the number of articles is checked to decide whether to learn again. */
    @WithDefault("1m")
    Duration checkInterval();

    /**
     * The change in the number of articles, as a fraction of those learned from, that makes the service learn again.
     */
    @WithDefault("0.05")
    double relearnChange();
}
