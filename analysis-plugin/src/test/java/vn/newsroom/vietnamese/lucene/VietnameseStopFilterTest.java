package vn.newsroom.vietnamese.lucene;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class VietnameseStopFilterTest extends BaseTokenStreamTestCase {

    private static Analyzer stop(CharArraySet stopwords) {
        return TestAnalyzers.withFilters(source -> new VietnameseStopFilter(source, stopwords));
    }

    @Test
    public void removesFunctionWordsLeavingPositionGaps() throws IOException {
        assertAnalyzesTo(stop(VietnameseStopwords.defaults()), "Chủ tịch của Việt Nam và Lào đã đến",
                new String[] {"Chủ", "tịch", "Việt", "Nam", "Lào", "đến"},
                new int[] {1, 1, 2, 1, 2, 2});
    }

    @Test
    public void keepsContentSyllablesThatLookLikeFunctionWords() throws IOException {
        assertAnalyzesTo(stop(VietnameseStopwords.defaults()), "không quân thế giới theo dõi",
                new String[] {"không", "quân", "thế", "giới", "theo", "dõi"});
    }

    @Test
    public void matchesStopwordsWhateverTheCaseCompositionOrTonePlacement() throws IOException {
        Analyzer analyzer = stop(VietnameseStopwords.of(List.of("của", "hoà")));
        String decomposed = Normalizer.normalize("của", Normalizer.Form.NFD);
        assertAnalyzesTo(analyzer, "CỦA " + decomposed + " hòa HOÀ bình", new String[] {"bình"});
    }

    @Test
    public void survivesRandomText() throws IOException {
        checkRandomData(random(), stop(VietnameseStopwords.defaults()), 200 * RANDOM_MULTIPLIER);
    }
}
